"""Golden outputs of the TFJS face models and of a tiny fused-op graph, computed by TensorFlow.js itself.

Makes `tfjs_golden.npz` (beside this file), which `nbs/01b_zoo_tf.ipynb` compares `TFGraph` against. Run from the
repository root with facecloak's Python and a throwaway node folder holding `@tensorflow/tfjs` (pure JS, CPU):

    mkdir -p /tmp/tfgraph && (cd /tmp/tfgraph && npm install @tensorflow/tfjs@4.22.0)
    NODE_PATH=/tmp/tfgraph/node_modules python nbs/reference/tfjs_golden.py

Inputs: 12 bundled sample photos (3 per person), a fixed face box cut by integer nearest-neighbour indexing (no
resampling library, so the test can rebuild them bit for bit), fed to each graph's placeholder exactly as the
zoo wrappers do (faceres: BGR minus the Caffe mean; mobileface: RGB 0–255). The npz stores, per model, the crop
boxes, the sha256 of the uint8 crops and the graph's output; and the tiny graph's model.json, weight bytes,
input and outputs.
"""
import base64
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from facecloak.faces import identity_photos, load_image, sample_dir
from facecloak.zoo.fetch import zoo_file

HERE = Path(__file__).parent
CAFFE_BGR_MEAN = np.array([103.939, 116.779, 123.68], np.float32)
# model: (input size, output node, crop box x0, y0, x1, y1 in the 250×250 photo)
MODELS = {'faceres': (224, 'global_pooling/Mean', (60, 55, 190, 195)),
          'faceres-deep': (224, 'global_pooling/Mean', (60, 55, 190, 195)),
          'mobileface': (112, 'batchnorm0/add_1', (61, 54, 189, 182))}


def photos() -> list[Path]:
    "The 12 sample photos: the first 3 of each of the 4 people."
    return [p for ps in identity_photos(sample_dir() / 'people').values() for p in ps[:3]]


def box_crops(box, size: int) -> np.ndarray:
    "uint8 crops `(12, size, size, 3)`: `box` of each photo, nearest-neighbour by integer indexing."
    x0, y0, x1, y1 = box
    iy, ix = y0 + np.arange(size) * (y1 - y0) // size, x0 + np.arange(size) * (x1 - x0) // size
    return np.stack([load_image(p)[iy][:, ix] for p in photos()])


def graph_input(model: str, crops: np.ndarray) -> np.ndarray:
    "What the zoo wrapper feeds the graph: float32 NHWC."
    if model.startswith('faceres'): return crops[..., ::-1].astype(np.float32) - CAFFE_BGR_MEAN
    return crops.astype(np.float32)


# ---- the tiny graph: every fused op, SAME padding on even and odd sizes, float16 / uint8 / uint16 weights
def _attr(v):
    if isinstance(v, bool): return {'b': v}
    if isinstance(v, int): return {'i': str(v)}
    if isinstance(v, float): return {'f': v}
    if isinstance(v, str): return {'s': base64.b64encode(v.encode()).decode()}
    if v and isinstance(v[0], str): return {'list': {'s': [base64.b64encode(s.encode()).decode() for s in v]}}
    return {'list': {'i': [str(i) for i in v]}}


def tiny_model(rng: np.random.Generator) -> tuple[dict, bytes]:
    "model.json (as a dict) and weight bytes of a small TFJS graph `x` `[N, 10, 10, 3]` → `out` `[N, 5]`."
    nodes, specs, data = [], [], []
    def node(name, op, inputs=(), **attr): nodes.append({'name': name, 'op': op, 'input': list(inputs), 'attr': {k: _attr(v) for k, v in attr.items()}})
    def const(name, a, quant=None):
        a = np.asarray(a)
        dtype = 'int32' if a.dtype.kind == 'i' else 'float32'
        nodes.append({'name': name, 'op': 'Const', 'attr': {'dtype': {'type': 'DT_INT32' if dtype == 'int32' else 'DT_FLOAT'}, 'value': {'tensor': {}}}})
        spec = {'name': name, 'shape': list(a.shape), 'dtype': dtype}
        if quant == 'float16': data.append(a.astype('<f2').tobytes()); spec['quantization'] = {'dtype': 'float16', 'original_dtype': 'float32'}
        elif quant:
            lo, hi = float(a.min()), float(a.max()); scale = (hi - lo) / np.iinfo(quant).max
            data.append(np.round((a - lo) / scale).astype(np.dtype(quant).newbyteorder('<')).tobytes())
            spec['quantization'] = {'dtype': quant, 'scale': scale, 'min': lo, 'original_dtype': 'float32'}
        else: data.append(a.astype('<i4' if dtype == 'int32' else '<f4').tobytes())
        specs.append(spec)
    f = lambda *s: rng.normal(size=s).astype(np.float32)
    conv = dict(data_format='NHWC', dilations=[1, 1, 1, 1], explicit_paddings=[])
    nodes.append({'name': 'x', 'op': 'Placeholder', 'attr': {'dtype': {'type': 'DT_FLOAT'}}})
    const('mean', f(3)); node('sub', 'Sub', ['x', 'mean'])
    const('w1', f(3, 3, 3, 4), 'float16'); const('b1', f(4))
    node('c1', '_FusedConv2D', ['sub', 'w1', 'b1'], strides=[1, 2, 2, 1], padding='SAME', fused_ops=['BiasAdd', 'Relu6'], num_args=1, epsilon=0.0, **conv)
    const('dw1', f(3, 3, 4, 2), 'uint8'); const('b2', f(8)); const('alpha', 0.25 * f(8))
    node('d1', 'FusedDepthwiseConv2dNative', ['c1', 'dw1', 'b2', 'alpha'], strides=[1, 1, 1, 1], padding='SAME', fused_ops=['BiasAdd', 'Prelu'], num_args=2, **conv)
    node('p1', 'AvgPool', ['d1'], ksize=[1, 3, 3, 1], strides=[1, 2, 2, 1], padding='SAME', data_format='NHWC')
    node('m1', 'MaxPool', ['c1'], ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME', data_format='NHWC')
    const('axis', np.array(3, np.int32)); node('cat', 'ConcatV2', ['p1', 'm1', 'axis'], N=2)
    const('paddings', np.array([[0, 0], [1, 1], [1, 1], [0, 0]], np.int32)); node('pad', 'Pad', ['cat', 'paddings'])
    const('dw2', f(3, 3, 12, 1), 'uint16'); node('dv', 'DepthwiseConv2dNative', ['pad', 'dw2'], strides=[1, 2, 2, 1], padding='VALID', **conv)
    const('w3', f(1, 1, 12, 6)); node('c2', 'Conv2D', ['dv', 'w3'], strides=[1, 1, 1, 1], padding='VALID', use_cudnn_on_gpu=True, **conv)
    const('b3', f(6)); node('ba', 'BiasAdd', ['c2', 'b3'], data_format='NHWC')
    const('zero', np.float32(0)); const('gamma', 0.2 * f(6))  # PReLU written out, as in mobileface
    node('pos', 'Maximum', ['zero', 'ba']); node('neg', 'Minimum', ['zero', 'ba']); node('negs', 'Mul', ['gamma', 'neg']); node('pr', 'AddV2', ['pos', 'negs'])
    const('shape', np.array([-1, 24], np.int32)); node('flat', 'Reshape', ['pr', 'shape'])
    const('wm', f(24, 5)); const('bm', f(5))
    node('fm', '_FusedMatMul', ['flat', 'wm', 'bm'], transpose_a=False, transpose_b=False, fused_ops=['BiasAdd', 'Relu'], num_args=1, epsilon=0.0)
    const('wm2', f(5, 24)); node('mm', 'MatMul', ['flat', 'wm2'], transpose_a=False, transpose_b=True)
    node('add', 'AddV2', ['fm', 'mm'])
    const('ax1', np.array([1], np.int32)); const('eps', np.float32(1e-10))
    node('sq', 'Square', ['add']); node('ss', 'Sum', ['sq', 'ax1'], keep_dims=True); node('mxe', 'Maximum', ['ss', 'eps'])
    node('rs', 'Rsqrt', ['mxe']); node('out', 'Mul', ['add', 'rs'])
    model = {'format': 'graph-model', 'generatedBy': 'facecloak nbs/reference/tfjs_golden.py', 'convertedBy': None,
             'modelTopology': {'node': nodes, 'library': {}, 'versions': {}},
             'weightsManifest': [{'paths': ['tiny.bin'], 'weights': specs}]}
    return model, b''.join(data)


def run_tfjs(jobs: list[dict]):
    "Run the jobs through `tfjs_golden.js` with node."
    with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False) as f: json.dump(jobs, f)
    subprocess.run(['node', str(HERE / 'tfjs_golden.js'), f.name], check=True, env=os.environ)


def main():
    out, jobs, tmp = {}, [], Path(tempfile.mkdtemp())
    for model, (size, node, box) in MODELS.items():
        crops = box_crops(box, size)
        x = graph_input(model, crops)
        (tmp / f'{model}.in').write_bytes(x.tobytes())
        jobs.append(dict(model=str(zoo_file(model, f'{model}.json')), input=str(tmp / f'{model}.in'), shape=list(x.shape),
                         output=node, out=str(tmp / f'{model}.out')))
        out[f'{model}/box'] = np.array(box); out[f'{model}/crops_sha256'] = np.array(hashlib.sha256(crops.tobytes()).hexdigest())
    tiny, weights = tiny_model(np.random.default_rng(0))
    (tmp / 'tiny.json').write_text(json.dumps(tiny)); (tmp / 'tiny.bin').write_bytes(weights)
    x = np.random.default_rng(1).normal(size=(2, 10, 10, 3)).astype(np.float32) * 2
    (tmp / 'tiny.in').write_bytes(x.tobytes())
    for node in ('add', 'out'):
        jobs.append(dict(model=str(tmp / 'tiny.json'), input=str(tmp / 'tiny.in'), shape=list(x.shape), output=node, out=str(tmp / f'tiny-{node}.out')))
    run_tfjs(jobs)
    for (model, (size, node, box)), job in zip(MODELS.items(), jobs):
        out[f'{model}/output'] = np.fromfile(job['out'], '<f4').reshape(len(photos()), -1)
    out['tiny/model.json'] = np.frombuffer(json.dumps(tiny).encode(), np.uint8)
    out['tiny/tiny.bin'] = np.frombuffer(weights, np.uint8)
    out['tiny/input'] = x
    for node in ('add', 'out'): out[f'tiny/{node}'] = np.fromfile(tmp / f'tiny-{node}.out', '<f4').reshape(2, 5)
    version = subprocess.run(['node', '-e', "console.log(require('@tensorflow/tfjs').version.tfjs)"], capture_output=True, text=True, env=os.environ)
    out['tfjs_version'] = np.array(version.stdout.strip())
    np.savez_compressed(HERE / 'tfjs_golden.npz', **out)
    print(f"wrote {HERE / 'tfjs_golden.npz'} ({(HERE / 'tfjs_golden.npz').stat().st_size / 1024:.0f} KB): {sorted(out)}")


if __name__ == '__main__':
    sys.exit(main())
