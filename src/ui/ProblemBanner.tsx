/** A problem that lasts until it is solved (autosave failing): a bar under the header, announced once. */
export function ProblemBanner({ text }: { text: string | null }) {
  return (
    <div role="alert" className="problem-banner-region">
      {text && <p className="problem-banner">{text}</p>}
    </div>
  );
}
