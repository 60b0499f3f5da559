// The lesson catalog (every lesson's texts, checks and starting designs, with the steps' navigation:
// ~6 KB gzip) is fetched when a lesson is first opened, not with the page (docs/performance.md).
// Whatever opens a lesson waits for it (loadLessonCatalog); what acts on an open lesson finds it
// loaded (lessonCatalog), since a lesson opens only once the catalog is here.

type Catalog = typeof import('../curriculum/stepNavigation.ts');

let loaded: Catalog | undefined;
let loading: Promise<Catalog> | undefined;

/** The catalog, fetched once; a failed fetch (a dropped connection) is tried again next time. */
export function loadLessonCatalog(): Promise<Catalog> {
  loading ??= import('../curriculum/stepNavigation.ts').then(
    (catalog) => (loaded = catalog),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The catalog if it has loaded: always so while a lesson is open. */
export const lessonCatalog = (): Catalog | undefined => loaded;

/** Said when the catalog could not be fetched: the design stays as it is. */
export const CATALOG_MISSING = 'The lessons could not be loaded (the connection dropped, or a newer IOV Studio was published): reload the page to open them.';
