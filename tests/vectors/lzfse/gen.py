#!/usr/bin/env python3
"""Regenerate the LZFSE test vectors (see README).

usage: gen.py LZFSE_TOOL   (the reference `lzfse` command-line tool)
Writes the plain inputs, encodes each with `LZFSE_TOOL -encode`, and
prints the SHA-256 of multi.bin (which is not kept: the test rebuilds it).
"""
import hashlib
import os
import subprocess
import sys

WORDS = ("kernel cache device tree boot loader page table exception level "
         "vector interrupt timer memory region segment symbol section the a of "
         "and to in is for with on as by at from this that which").split()


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 16


def text(n, seed):
    g = lcg(seed)
    out = []
    size = 0
    while size < n:
        w = WORDS[next(g) % len(WORDS)]
        sep = ".\n" if next(g) % 13 == 0 else " "
        out.append(w + sep)
        size += len(w) + len(sep)
    return "".join(out).encode()[:n]


def noise(n, seed):
    g = lcg(seed)
    return bytes(next(g) & 0xFF for _ in range(n))


def multi(n=1250000, reclen=128):
    """Records of reclen bytes: the 20-bit Gray code of the record number as
    'A'/'B' bytes (bit 0 first), then a fixed pattern, then '\\n'. Each record
    differs from the previous one in one byte, so LZFSE needs one match per
    record and the stream spans several blocks while staying small."""
    pat = b"-xnuemu lzfse multi-block vector-"
    pad = bytes(pat[k % len(pat)] for k in range(reclen - 21))
    out = bytearray()
    i = 0
    while len(out) < n:
        g = i ^ (i >> 1)
        out += bytes(0x41 + ((g >> b) & 1) for b in range(20))
        out += pad + b"\n"
        i += 1
    return bytes(out[:n])


def main():
    tool = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    plain = {
        "text.txt": text(12000, 7),    # >= 4096 bytes: one bvx2 block
        "small.txt": text(2000, 11),   # < 4096 bytes: one bvxn (LZVN) block
        "random.bin": noise(1500, 3),  # incompressible: one bvx- block
    }
    for name, data in plain.items():
        path = os.path.join(here, name)
        with open(path, "wb") as f:
            f.write(data)
        stem = os.path.splitext(name)[0]
        subprocess.run([tool, "-encode", "-i", path, "-o",
                        os.path.join(here, stem + ".lzfse")], check=True)
    tmp = os.path.join(here, "multi.bin")
    data = multi()
    with open(tmp, "wb") as f:
        f.write(data)
    subprocess.run([tool, "-encode", "-i", tmp, "-o",
                    os.path.join(here, "multi.lzfse")], check=True)
    os.remove(tmp)
    print("multi.bin sha256", hashlib.sha256(data).hexdigest(), len(data))


if __name__ == "__main__":
    main()
