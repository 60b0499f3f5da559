// Moved to src/diagram (the image export and the command line draw the same cables).
export * from '../diagram/linkRate.ts';
