import type { Locator, Page } from '@playwright/test';

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
 *   - a cable: role img (not a tab stop), "PCIe cable: Web 1 (s1) to IOV switch (sw1), 3.36 GB/s per direction"
 *   - the legend: role region, "Legend", one listitem per kind of cable
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

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.canvas = page.getByRole('application', { name: 'Design canvas' });
    this.legend = page.getByRole('region', { name: 'Legend' });
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
