"""Golden outputs for facecloak's TFLite interpreter (nbs/01c_zoo_tflite.ipynb): a small graph with every op it runs.

Run in a throwaway venv, never in facecloak's own:
    python3 -m venv /tmp/tfl && /tmp/tfl/bin/pip install tensorflow-cpu==2.21.0 ai-edge-litert==2.3.0
    cd nbs/reference && /tmp/tfl/bin/python tflite_ops.py
TensorFlow's converter writes the graph three times (float32 weights; float16 weights + DEQUANTIZE; int8 weights, one
scale per output channel) as tflite_ops_{f32,f16,int8}.tflite, and LiteRT's interpreter runs each on one fixed input
batch (the files have TFLite's usual fixed batch, 2). Everything goes into tflite_ops.npz.
"""
import numpy as np
import tensorflow as tf
from ai_edge_litert import __version__ as litert_version
from ai_edge_litert.interpreter import Interpreter

rng = np.random.default_rng(0)
H, W, C = 17, 19, 3  # odd sizes: TF SAME padding of stride-2 layers is asymmetric on them
k = lambda *shape: tf.constant(rng.normal(size=shape).astype(np.float32) * 0.5)
w_conv, b_conv, w_dw, w_dil = k(3, 3, C, 6), k(6), k(3, 3, 6, 2), k(3, 3, 12, 16) * 0.3
alpha, scale, shift = k(1, 1, 12) * 0.5, k(16), k(16)
w_fc, b_fc = k(2 * 2 * 16 + 32, 16) * 0.3, k(16)  # flattened 2×2×16 max-pool map + 32 means; ≥ 1024 weights get int8

@tf.function(input_signature=[tf.TensorSpec([2, H, W, C], tf.float32, name='image')])
def graph(x):
    y = tf.nn.relu6(tf.nn.conv2d(x, w_conv, 2, 'SAME') + b_conv)                # CONV_2D, stride 2, fused RELU6
    y = tf.nn.depthwise_conv2d(y, w_dw, [1, 2, 2, 1], 'SAME')                  # DEPTHWISE_CONV_2D, multiplier 2
    y = tf.nn.relu(y) + tf.nn.relu(-y) * -alpha                                # PRELU (the converter's pattern)
    y = tf.pad(y, [[0, 0], [1, 2], [2, 1], [0, 0]])                            # PAD
    y = tf.nn.conv2d(y, w_dil, 1, 'VALID', dilations=2)                        # CONV_2D, dilation 2
    a = tf.abs(y) * scale - tf.sigmoid(y) / (1.5 + tf.tanh(y)) + shift         # ABS, MUL, SUB, LOGISTIC, DIV, TANH, ADD
    m = tf.nn.max_pool2d(a, 3, 2, 'SAME'); v = tf.nn.avg_pool2d(a, 3, 2, 'SAME')  # MAX_POOL_2D, AVERAGE_POOL_2D (SAME)
    p = tf.minimum(tf.concat([m, tf.maximum(v, m * 0.5)], -1), 2.5)            # MAXIMUM, CONCATENATION, MINIMUM
    g = tf.reduce_mean(p, [1, 2])                                              # MEAN
    f = tf.concat([tf.reshape(m, [2, -1]), g], 1)                              # RESHAPE (NHWC flattening order)
    e = tf.math.l2_normalize(tf.matmul(f, w_fc) + b_fc, -1)                    # FULLY_CONNECTED, L2_NORMALIZATION
    return {'embedding': e, 'features': p}

def convert(kind: str) -> bytes:
    conv = tf.lite.TFLiteConverter.from_concrete_functions([graph.get_concrete_function()], graph)
    if kind == 'f16': conv.optimizations, conv.target_spec.supported_types = [tf.lite.Optimize.DEFAULT], [tf.float16]
    if kind == 'int8': conv.optimizations = [tf.lite.Optimize.DEFAULT]  # dynamic range: int8 weights, float activations
    return conv.convert()

x = rng.normal(size=(2, H, W, C)).astype(np.float32) * 2
out = {'image': x, 'litert_version': np.array(litert_version)}
for kind in ('f32', 'f16', 'int8'):
    path = f'tflite_ops_{kind}.tflite'
    open(path, 'wb').write(convert(kind))
    it = Interpreter(model_path=path); it.allocate_tensors()
    it.set_tensor(it.get_input_details()[0]['index'], x); it.invoke()
    for d in it.get_output_details():
        name = 'embedding' if len(d['shape']) == 2 else 'features'
        out[f'{kind}_{name}'] = it.get_tensor(d['index']).copy()
        print(kind, name, d['name'], d['shape'])
np.savez_compressed('tflite_ops.npz', **out)
