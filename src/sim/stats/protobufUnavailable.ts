// Stands in for `protobufjs/minimal`, which @datadog/sketches-js requires only to serialize a sketch
// (toProto/fromProto). The engine never serializes sketches, and protobufjs is not a dependency, so
// the bundler resolves the import here (vite.config.ts) instead of failing the build.
const unavailable = () => {
  throw new Error('Sketch serialization is not available in IOV Studio.');
};

export default new Proxy({}, { get: unavailable });
