#!/usr/bin/env node
// `npm run classroom`: serve IOV Studio to a class from this laptop. Builds the app, serves the build
// on the local network, prints the address students open (with its QR code, here in the terminal),
// and writes that address into classroom.json beside the app, so the page's share links and QR codes
// use it even when the instructor's own browser is at localhost.
//   npm run classroom                 port 4173
//   npm run classroom -- --port 8080  another port
//   IOV_CLASSROOM_HOST=10.0.0.5 npm run classroom   choose the address when the laptop has several
import { writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../dist-classroom/', import.meta.url));
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4173;
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('--port takes a port number, 1 to 65535 (4173 by default).');
  process.exit(2);
}

/** The IPv4 addresses other machines can reach: private ranges first (a classroom's Wi-Fi), loopback and link-local never. */
function lanAddresses() {
  const all = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'));
  const isPrivate = (ip) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return all.map((a) => a.address).toSorted((a, b) => Number(isPrivate(b)) - Number(isPrivate(a)));
}

const addresses = lanAddresses();
const host = process.env.IOV_CLASSROOM_HOST ?? addresses[0];
console.log('Building IOV Studio…');
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '0.0.0.0', port, strictPort: true } });
const base = server.config.base ?? '/';

if (!host) {
  writeFileSync(`${outDir}classroom.json`, JSON.stringify({ url: null }));
  console.log(`\nServing at http://localhost:${port}${base}, but this computer has no network address: connect it to the classroom's network (Wi-Fi or cable) and run this again.`);
} else {
  const url = `http://${host}:${port}${base}`;
  writeFileSync(`${outDir}classroom.json`, `${JSON.stringify({ url })}\n`);
  console.log(`\nStudents open:  ${url}\n`);
  console.log(await QRCode.toString(url, { type: 'terminal', small: true }));
  if (addresses.length > 1) console.log(`Other addresses of this computer: ${addresses.filter((a) => a !== host).join(', ')} (choose one with IOV_CLASSROOM_HOST=…).`);
  console.log(`Open it yourself at ${url} or http://localhost:${port}${base}: either way the share links and QR codes point at ${url}.`);
}
console.log([
  '',
  'Served over plain http, so on the students\' devices:',
  '- the app does not install itself for offline use (browsers allow that only over https or on localhost);',
  '- Copy may only select a link instead of copying it (then Ctrl+C, or a long press on a phone).',
  'Phones must be on the same network as this computer, and its firewall must let them in on port ' + port + '.',
  'Press Ctrl+C to stop.',
].join('\n'));
