import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * The app as a user finds it, by role and accessible name only.
 *
 * Names (src/canvas/accessibleNames.ts): every element drawn on the canvas is named
 * "<Kind>: <label> (<id>)", then maybe ", <details>" that change with the design, so the page
 * object matches the stable part, followed by a comma or the end:
 * An element with design-rule findings ends its name with ", 1 warning finding" or
 * ", 3 findings, worst: error" (src/canvas/findingText.ts).
 *   - the canvas: role application, "Design canvas"
 *   - a server: role group, "Server: Web 1 (s1), storage 300 IOPS, network 800 Mb/s"
 *   - a switch: role group, "IOV switch: IOV switch (sw1), 4 adapters"
 *   - an adapter in a server or a switch: role listitem in the list "Adapters in <label>",
 *     "FC HBA: HBA 1 (hba1), 8GFC, 1 port" or "Ethernet NIC: NIC 1 (nic1), 10 GbE, 1 port";
 *     an adapter placed nowhere: role group, same name
 *   - a fabric: role group, "SAN: SAN (san1)" or "LAN: LAN (lan1)"
 *   - a cable: role img (not a Tab stop: the arrow keys reach it), "PCIe cable: Web 1 (s1) to IOV switch (sw1),
 *     3.36 GB/s per direction, load 17 %" ("load not simulated yet" before a run), then its findings
 *   - the legend: role region, "Legend", one listitem per kind of cable
 *   - a port (handle) to drag a cable from: role img, "PCIe port of Web 1 (s1)", "Port of SAN (san1)",
 *     "Port of HBA 1 (hba1)" (an adapter, on its own or in a slot)
 *   - the palette: role complementary, "Palette", buttons "Add Server", "Add IOV switch", ...
 *   - the toolbar: role toolbar, "Editing", buttons named by their command ("Undo", "Redo", ...)
 *   - the Design menu: button "Design", menu items "New design", "Open example: Classic rack", ...
 *   - the findings counts: button "Findings: 0 errors, 8 warnings, 0 info"
 *   - the panels: role complementary, "Inspector and findings", tabs "Inspector" and "Findings"
 *   - messages: role alert (refusals, problems), role status (what just happened)
 */
export type KindName = 'Server' | 'IOV switch' | 'FC HBA' | 'Ethernet NIC' | 'SAN' | 'LAN';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches an accessible name by its stable part: "<kind>: <label> (<id>)". */
export function elementName(kind: KindName, label: string, id: string): RegExp {
  return new RegExp(`^${escape(`${kind}: ${label} (${id})`)}(,|$)`);
}

export class AppPage {
  readonly banner: Locator;
  readonly canvas: Locator;
  readonly legend: Locator;
  readonly palette: Locator;
  readonly toolbar: Locator;
  readonly panels: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.canvas = page.getByRole('application', { name: 'Design canvas' });
    this.legend = page.getByRole('region', { name: 'Legend' });
    this.palette = page.getByRole('complementary', { name: 'Palette' });
    this.toolbar = page.getByRole('toolbar', { name: 'Editing' });
    this.panels = page.getByRole('complementary', { name: 'Inspector and findings' });
  }

  /** Start a new, empty design from the Design menu. */
  async newDesign() {
    await this.chooseFromDesignMenu('New design');
    await expect(this.banner).toContainText('Untitled design');
  }

  async chooseFromDesignMenu(item: string) {
    await this.banner.getByRole('button', { name: 'Design', exact: true }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  paletteItem(kind: KindName): Locator {
    return this.palette.getByRole('button', { name: `Add ${kind}` });
  }

  /** A port to draw a cable from, by its accessible name. */
  port(name: string | RegExp): Locator {
    return this.canvas.getByRole('img', { name });
  }

  /** A node of any kind on the canvas, by its stable name. */
  node(kind: KindName, label: string, id: string): Locator {
    return this.canvas.getByRole('group', { name: elementName(kind, label, id) });
  }

  findingCounts(): Locator {
    return this.banner.getByRole('button', { name: /^Findings: / });
  }

  /** A field of the inspector, by its label. */
  field(label: string): Locator {
    return this.panels.getByLabel(label, { exact: true });
  }

  /** A point inside the canvas, as fractions of its width and height. */
  async canvasPoint(x: number, y: number): Promise<{ x: number; y: number }> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('the canvas is not on screen');
    return { x: box.x + box.width * x, y: box.y + box.height * y };
  }

  /**
   * Drag as a person does: press, move a little (React Flow and the palette wait for a few pixels
   * before a press becomes a drag), glide to the target in steps, release.
   */
  async drag(from: Locator, to: Locator | { x: number; y: number }) {
    const start = await centreOf(from);
    const end = 'boundingBox' in to ? await centreOf(to) : to;
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 8, start.y + 8, { steps: 2 });
    await this.page.mouse.move(end.x, end.y, { steps: 12 });
    await this.page.mouse.up();
  }

  async open(path = '/') {
    await this.page.goto(path);
    await this.server('Web 1', 's1').waitFor();
  }

  /** The heading naming the product. */
  productName(): Locator {
    return this.banner.getByRole('heading', { level: 1 });
  }

  server(label: string, id: string): Locator {
    return this.canvas.getByRole('group', { name: elementName('Server', label, id) });
  }

  servers(): Locator {
    return this.canvas.getByRole('group', { name: /^Server: / });
  }

  iovSwitch(label: string, id: string): Locator {
    return this.canvas.getByRole('group', { name: elementName('IOV switch', label, id) });
  }

  /** An adapter drawn as a slot of `parent` (a server or a switch locator). */
  slot(parent: Locator, kind: 'FC HBA' | 'Ethernet NIC', label: string, id: string): Locator {
    return parent.getByRole('listitem', { name: elementName(kind, label, id) });
  }

  slots(parent: Locator, kind: 'FC HBA' | 'Ethernet NIC'): Locator {
    return parent.getByRole('listitem', { name: new RegExp(`^${escape(kind)}: `) });
  }

  fabric(kind: 'SAN' | 'LAN', label: string, id: string): Locator {
    return this.canvas.getByRole('group', { name: elementName(kind, label, id) });
  }

  cables(kind: 'PCIe' | 'FC' | 'Ethernet'): Locator {
    return this.canvas.getByRole('img', { name: new RegExp(`^${kind} cable: `) });
  }
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
