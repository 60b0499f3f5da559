// Moved to src/diagram (the image export and the command line draw the same strings).
export * from '../diagram/format.ts';
