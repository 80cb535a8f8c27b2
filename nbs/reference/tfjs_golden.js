// Runs TFJS graph models with @tensorflow/tfjs (pure JS, CPU backend) on raw float32 inputs.
// Usage: node tfjs_golden.js jobs.json    (written by tfjs_golden.py; each job: model, input, shape, output, out)
const tf = require('@tensorflow/tfjs');
const fs = require('fs');
const path = require('path');

async function loadModel(jsonPath) {
  const model = JSON.parse(fs.readFileSync(jsonPath));
  const specs = [], shards = [];
  for (const group of model.weightsManifest) {
    specs.push(...group.weights);
    for (const p of group.paths) shards.push(fs.readFileSync(path.join(path.dirname(jsonPath), p)));
  }
  const data = Buffer.concat(shards);
  const weightData = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  return tf.loadGraphModel(tf.io.fromMemory({modelTopology: model.modelTopology, weightSpecs: specs, weightData,
                                             format: model.format, signature: model.signature}));
}

async function main() {
  await tf.setBackend('cpu');
  const jobs = JSON.parse(fs.readFileSync(process.argv[2]));
  for (const job of jobs) {
    const model = await loadModel(job.model);
    const raw = fs.readFileSync(job.input);
    const x = tf.tensor(new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4), job.shape, 'float32');
    const y = model.execute(x, job.output);
    fs.writeFileSync(job.out, Buffer.from(y.dataSync().buffer));
    console.log(`${job.model} -> ${job.output} ${JSON.stringify(y.shape)} (tfjs ${tf.version.tfjs}, backend ${tf.getBackend()})`);
    tf.dispose([x, y]);
  }
}
main();
