// Written by `npm run examples` (scripts/write-examples.ts) from virtualizedRack.ts: do not edit.
// A newcomer's first design, as data: built through the operations it took 10–17 ms of the start.
import type { Topology } from '../schema.ts';

export const VIRTUALIZED_RACK_DOCUMENT: Topology = {
  "version": 2,
  "name": "Virtualized rack",
  "nodes": [
    {
      "kind": "server",
      "id": "s1",
      "label": "Web 1",
      "position": {
        "x": 0,
        "y": 0
      },
      "props": {
        "pcieGen": 2,
        "pcieLanes": 8,
        "slots": 4
      },
      "workload": {
        "storageIops": 300,
        "blockKiB": 16,
        "readShare": 0.9,
        "networkMbps": 800,
        "messageKiB": 64,
        "transmitShare": 0.8,
        "arrivals": "poisson",
        "onMs": 50,
        "offMs": 200,
        "sizes": "exponential"
      }
    },
    {
      "kind": "server",
      "id": "s2",
      "label": "Web 2",
      "position": {
        "x": 230,
        "y": 0
      },
      "props": {
        "pcieGen": 2,
        "pcieLanes": 8,
        "slots": 4
      },
      "workload": {
        "storageIops": 300,
        "blockKiB": 16,
        "readShare": 0.9,
        "networkMbps": 800,
        "messageKiB": 64,
        "transmitShare": 0.8,
        "arrivals": "poisson",
        "onMs": 50,
        "offMs": 200,
        "sizes": "exponential"
      }
    },
    {
      "kind": "server",
      "id": "s3",
      "label": "DB 1",
      "position": {
        "x": 460,
        "y": 0
      },
      "props": {
        "pcieGen": 2,
        "pcieLanes": 8,
        "slots": 4
      },
      "workload": {
        "storageIops": 3000,
        "blockKiB": 8,
        "readShare": 0.7,
        "networkMbps": 200,
        "messageKiB": 16,
        "transmitShare": 0.5,
        "arrivals": "poisson",
        "onMs": 50,
        "offMs": 200,
        "sizes": "exponential"
      }
    },
    {
      "kind": "server",
      "id": "s4",
      "label": "DB 2",
      "position": {
        "x": 690,
        "y": 0
      },
      "props": {
        "pcieGen": 2,
        "pcieLanes": 8,
        "slots": 4
      },
      "workload": {
        "storageIops": 3000,
        "blockKiB": 8,
        "readShare": 0.7,
        "networkMbps": 200,
        "messageKiB": 16,
        "transmitShare": 0.5,
        "arrivals": "poisson",
        "onMs": 50,
        "offMs": 200,
        "sizes": "exponential"
      }
    },
    {
      "kind": "server",
      "id": "s5",
      "label": "Backup",
      "position": {
        "x": 920,
        "y": 0
      },
      "props": {
        "pcieGen": 2,
        "pcieLanes": 8,
        "slots": 4
      },
      "workload": {
        "storageIops": 400,
        "blockKiB": 256,
        "readShare": 0.9,
        "networkMbps": 400,
        "messageKiB": 64,
        "transmitShare": 0.9,
        "arrivals": "poisson",
        "onMs": 50,
        "offMs": 200,
        "sizes": "exponential"
      }
    },
    {
      "kind": "server",
      "id": "s6",
      "label": "VDI 1",
      "position": {
        "x": 1150,
        "y": 0
      },
      "props": {
        "pcieGen": 2,
        "pcieLanes": 8,
        "slots": 4
      },
      "workload": {
        "storageIops": 1000,
        "blockKiB": 16,
        "readShare": 0.3,
        "networkMbps": 100,
        "messageKiB": 16,
        "transmitShare": 0.5,
        "arrivals": "bursty",
        "onMs": 50,
        "offMs": 200,
        "sizes": "exponential"
      }
    },
    {
      "kind": "server",
      "id": "s7",
      "label": "VDI 2",
      "position": {
        "x": 1380,
        "y": 0
      },
      "props": {
        "pcieGen": 2,
        "pcieLanes": 8,
        "slots": 4
      },
      "workload": {
        "storageIops": 1000,
        "blockKiB": 16,
        "readShare": 0.3,
        "networkMbps": 100,
        "messageKiB": 16,
        "transmitShare": 0.5,
        "arrivals": "bursty",
        "onMs": 50,
        "offMs": 200,
        "sizes": "exponential"
      }
    },
    {
      "kind": "server",
      "id": "s8",
      "label": "Idle",
      "position": {
        "x": 1610,
        "y": 0
      },
      "props": {
        "pcieGen": 2,
        "pcieLanes": 8,
        "slots": 4
      },
      "workload": {
        "storageIops": 50,
        "blockKiB": 8,
        "readShare": 0.7,
        "networkMbps": 10,
        "messageKiB": 16,
        "transmitShare": 0.5,
        "arrivals": "poisson",
        "onMs": 50,
        "offMs": 200,
        "sizes": "exponential"
      }
    },
    {
      "kind": "iov-switch",
      "id": "sw1",
      "label": "IOV switch",
      "position": {
        "x": 695,
        "y": 260
      },
      "props": {
        "serverPorts": 16,
        "adapterSlots": 8,
        "pcieGen": 2,
        "hopLatencyUs": 0.14,
        "policy": "shared-queue"
      }
    },
    {
      "kind": "san",
      "id": "san1",
      "label": "SAN",
      "position": {
        "x": 403,
        "y": 640
      },
      "props": {
        "fabricLatencyUs": 0.5
      }
    },
    {
      "kind": "lan",
      "id": "lan1",
      "label": "LAN",
      "position": {
        "x": 1208,
        "y": 640
      },
      "props": {
        "fabricLatencyUs": 1.23
      }
    },
    {
      "kind": "fc-hba",
      "id": "hba1",
      "label": "HBA 1",
      "position": {
        "x": 0,
        "y": 0
      },
      "props": {
        "speedGfc": 8,
        "ports": 1,
        "latencyUs": 5,
        "iopsMax": 1000000
      },
      "parentId": "sw1"
    },
    {
      "kind": "fc-hba",
      "id": "hba2",
      "label": "HBA 2",
      "position": {
        "x": 0,
        "y": 0
      },
      "props": {
        "speedGfc": 8,
        "ports": 1,
        "latencyUs": 5,
        "iopsMax": 1000000
      },
      "parentId": "sw1"
    },
    {
      "kind": "eth-nic",
      "id": "nic1",
      "label": "NIC 1",
      "position": {
        "x": 0,
        "y": 0
      },
      "props": {
        "speedGbe": 10,
        "ports": 1,
        "latencyUs": 3,
        "iopsMax": 1000000
      },
      "parentId": "sw1"
    },
    {
      "kind": "eth-nic",
      "id": "nic2",
      "label": "NIC 2",
      "position": {
        "x": 0,
        "y": 0
      },
      "props": {
        "speedGbe": 10,
        "ports": 1,
        "latencyUs": 3,
        "iopsMax": 1000000
      },
      "parentId": "sw1"
    }
  ],
  "links": [
    {
      "id": "l1",
      "kind": "pcie",
      "source": "s1",
      "target": "sw1"
    },
    {
      "id": "l2",
      "kind": "pcie",
      "source": "s2",
      "target": "sw1"
    },
    {
      "id": "l3",
      "kind": "pcie",
      "source": "s3",
      "target": "sw1"
    },
    {
      "id": "l4",
      "kind": "pcie",
      "source": "s4",
      "target": "sw1"
    },
    {
      "id": "l5",
      "kind": "pcie",
      "source": "s5",
      "target": "sw1"
    },
    {
      "id": "l6",
      "kind": "pcie",
      "source": "s6",
      "target": "sw1"
    },
    {
      "id": "l7",
      "kind": "pcie",
      "source": "s7",
      "target": "sw1"
    },
    {
      "id": "l8",
      "kind": "pcie",
      "source": "s8",
      "target": "sw1"
    },
    {
      "id": "l9",
      "kind": "fc",
      "source": "hba1",
      "target": "san1"
    },
    {
      "id": "l10",
      "kind": "fc",
      "source": "hba2",
      "target": "san1"
    },
    {
      "id": "l11",
      "kind": "ethernet",
      "source": "nic1",
      "target": "lan1"
    },
    {
      "id": "l12",
      "kind": "ethernet",
      "source": "nic2",
      "target": "lan1"
    }
  ],
  "settings": {
    "seed": 1,
    "duration": 10,
    "warmup": 1,
    "faults": [],
    "prices": {}
  }
};
