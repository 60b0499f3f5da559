/**
 * Hardware figures, per direction (links are full duplex), MB = 10^6 B.
 * Sources are the keys of ../shared/domain.md §2; "estimate" means no published source was found.
 */

/** PCIe payload rate per lane in MB/s, by generation. PCI-SIG base specs via [HS]; Gen5: PCI-SIG 5.0 (2019). */
export const PCIE_LANE_MBPS: Readonly<Record<number, number>> = { 1: 250, 2: 500, 3: 984.6, 4: 1969, 5: 3938 };

/** Share of the PCIe rate left for data at a 128 B max payload (20–28 B of TLP overhead) [ALT]. */
export const PCIE_PAYLOAD_EFFICIENCY = 0.84;

/** Fibre Channel data rate in MB/s by speed in GFC: FCIA table [IS10] (1–8GFC), [IS10]/[EMX] 16GFC, [IS14]/[FCIA] 32GFC, [FCIA64] 64GFC. */
export const FC_MBPS: Readonly<Record<number, number>> = {
  1: 100, 2: 200, 4: 400, 8: 800, 16: 1600, 32: 3200, 64: 6400,
};

/**
 * Ethernet TCP payload rate in MB/s by speed in GbE: MAC rate x 1460/1538 (a 1500 B MTU frame is
 * 1538 B on the wire). IEEE 802.3 / 802.3ae / 802.3by / 802.3ba; [LWN].
 */
export const ETHERNET_MBPS: Readonly<Record<number, number>> = {
  1: 118.7, 10: 1187, 25: 2966, 40: 4746, 100: 11866,
};

/** PCIe switch hop, cut-through, in µs: about 140 ns (PLX Gen2) [PLX]. */
export const PCIE_SWITCH_HOP_US = 0.14;

/** FC HBA latency per I/O in µs: estimate (2–10 µs; Broadcom gives only relative figures [BRCM]). */
export const FC_HBA_LATENCY_US = 5;

/** NIC hardware latency in µs: estimate (1–5 µs; app-to-app over 10GbE ≈ 10 µs [LAR]). */
export const NIC_LATENCY_US = 3;

/** FC switch hop in µs: < 0.3–0.8 µs at minimum frame size [QLS]; 0.5 taken as the fabric's delay. */
export const SAN_FABRIC_LATENCY_US = 0.5;

/** Ethernet fabric delay in µs: estimate (one store-and-forward hop of a 1538 B frame at 10G is 1.23 µs [LWN]). */
export const LAN_FABRIC_LATENCY_US = 1.23;

/** Small-block ceiling per port, I/Os per second: "just over 1 M IOPS per 16GFC port" [EMX]; taken for every port. */
export const PORT_IOPS_MAX = 1_000_000;
