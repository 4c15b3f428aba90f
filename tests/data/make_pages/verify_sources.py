#!/usr/bin/python3
"""Check that every paragraph in articles/*.json is the verbatim text of the Debian
documentation file and paragraph index recorded in its story's "sources".

usage: /usr/bin/python3 verify_sources.py [--root DIR]

DIR is where the packages' files are (default /, i.e. the packages are installed). Without
installing them:
    apt-get download debian-handbook debian-faq-zh-cn debian-history
    for f in *.deb; do dpkg-deb -x "$f" root; done
    /usr/bin/python3 verify_sources.py --root root
Not needed to regenerate the pages; it documents and checks the texts' provenance.
"""
import argparse
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import debdoc  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', default='/')
    a = ap.parse_args()
    cache, bad, n = {}, 0, 0
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, 'articles', '*.json'))):
        page = json.load(open(path, encoding='utf-8'))
        for st in page['stories']:
            if 'sources' not in st:  # pages whose stories cite a file only ("source")
                continue
            if len(st['sources']) != len(st['paragraphs']):
                print(f'{page["page"]}/{st["id"]}: {len(st["sources"])} sources for {len(st["paragraphs"])} paragraphs')
                bad += 1
                continue
            for src, text in zip(st['sources'], st['paragraphs']):
                f = os.path.join(a.root, src['file'].lstrip('/'))
                key = (f, src.get('encoding', 'utf-8'))
                if key not in cache:
                    cache[key] = debdoc.paragraphs(f, key[1]) if os.path.exists(f) else None
                paras = cache[key]
                n += 1
                if paras is None:
                    print(f'missing {f} (package {src["package"]})')
                    bad += 1
                elif src['index'] >= len(paras) or paras[src['index']] != text:
                    print(f'{page["page"]}/{st["id"]}: paragraph differs from {src["file"]}#{src["index"]}')
                    bad += 1
    print(f'{n - bad} of {n} paragraphs match their source')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
