export { detectMeasurement, importMeasurement } from './detect.ts';
export { parseFio } from './fio.ts';
export { parseIostat, type IostatOptions } from './iostat.ts';
export { MAX_MEASUREMENT_CHARS, type ImportResult, type MeasuredWorkload, type MeasurementKind } from './measuredWorkload.ts';
export { matchFilesToServers, measurementStem, type FileMatch, type FileMatching } from './matchFiles.ts';
