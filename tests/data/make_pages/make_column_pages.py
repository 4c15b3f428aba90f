#!/usr/bin/python3
"""Regenerate the multi-column test pages under tests/data/pages/.

usage: /usr/bin/python3 tests/data/make_pages/make_column_pages.py [PAGE ...] [--no-pdf]

For every column-articles/<page>.json (or only the pages named) this writes, into
tests/data/pages/<page>/:

  page.html              the page laid out with CSS columns (from the article data)
  expected.json          the gold answer, in the seed page's format (from the SAME data)
  page.pdf               the page printed by headless Chromium (not committed; --no-pdf deletes it)
  raw-pdftotext.txt      `pdftotext page.pdf`
  raw-pdftotext-raw.txt  `pdftotext -raw page.pdf`
  raw-pdfminer.txt       `pdf2txt page.pdf` (pdfminer)

Gold and HTML are both produced from the article data by this one script, so they
cannot drift apart. Only the standard library is used (plus the chromium, pdftotext and
pdf2txt programs). See README-columns.md beside this file.

Article data (column-articles/<page>.json):
  page, lang ("zh"|"en"), columns (page columns), byline_style ("ascii" -> "(A B)",
  "fullwidth" -> "（A B）" appended to the last paragraph; "by-line" -> a "By A" line under
  the headline), title,
  stories: [{id, kicker, headline ("" for a caption story), byline, paragraphs, district,
             themes, jump?: {paragraph, at}, source}]
      jump: the story's first box stops inside paragraph `paragraph`, just before the text
      `at` (or at the start of that paragraph when `at` is null); the rest is printed in the
      box "<id>+" placed later on the page.
  duplicates: [{into, from, paragraph, after, kind: exact|truncated, chars?}]
      a copy of paragraph `paragraph` of story `from` printed inside story `into` after its
      own paragraph `after` (-1: before the first); "truncated" keeps the first `chars` chars.
  rows: [[{span, boxes: ["A", "B+", ...]}, ...], ...]  the page grid: each row is a list of
      cells `span` page-columns wide; a cell stacks its boxes; a box's text flows in `span`
      CSS columns. Reading order of the gold = order of the story boxes (not the "+" ones).
"""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
ARTICLES = os.path.join(HERE, 'column-articles')
PAGES = os.path.join(REPO, 'tests', 'data', 'pages')

CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                  '--disable-background-networking', '--disable-component-update', '--disable-sync',
                  '--no-pdf-header-footer']


class DataError(Exception):
    pass


def load_page(path):
    with open(path, encoding='utf-8') as f:
        page = json.load(f)
    validate(page)
    return page


def validate(page):
    ids = [s['id'] for s in page['stories']]
    if len(set(ids)) != len(ids):
        raise DataError(f"{page['page']}: duplicate story ids")
    by_id = {s['id']: s for s in page['stories']}
    placed = [b for row in page['rows'] for cell in row for b in cell['boxes']]
    for sid in ids:
        if placed.count(sid) != 1:
            raise DataError(f"{page['page']}: story {sid} placed {placed.count(sid)} times")
        s = by_id[sid]
        jumps = placed.count(sid + '+')
        if ('jump' in s) != (jumps == 1) or jumps > 1:
            raise DataError(f"{page['page']}: story {sid}: jump data and '{sid}+' box disagree")
        if 'jump' in s and placed.index(sid + '+') < placed.index(sid):
            raise DataError(f"{page['page']}: continuation of {sid} placed before its start")
        if 'jump' in s and s['jump'].get('at') is not None:
            para = s['paragraphs'][s['jump']['paragraph']]
            if para.count(s['jump']['at']) != 1 or para.startswith(s['jump']['at']):
                raise DataError(f"{page['page']}: story {sid}: jump text must occur once, mid-paragraph")
        for p in s['paragraphs']:
            if p != p.strip() or '\n' in p:
                raise DataError(f"{page['page']}: story {sid}: paragraph with outer/inner line breaks")
    for b in placed:
        if b.rstrip('+') not in by_id:
            raise DataError(f"{page['page']}: unknown box {b}")
    for d in page.get('duplicates', []):
        into = by_id[d['into']]
        if d['after'] == len(into['paragraphs']) - 1 and into.get('byline') and d['kind'] == 'truncated':
            raise DataError(f"{page['page']}: a truncated copy after the bylined last paragraph")
        if 'jump' in into:
            raise DataError(f"{page['page']}: duplicates inside a jumped story are not supported")


def reading_order(page):
    return [b for row in page['rows'] for cell in row for b in cell['boxes'] if not b.endswith('+')]


def dup_text(page, d):
    by_id = {s['id']: s for s in page['stories']}
    text = by_id[d['from']]['paragraphs'][d['paragraph']]
    if d['kind'] == 'truncated':
        text = text[:d['chars']]
    elif d['kind'] != 'exact':
        raise DataError(f"unknown duplicate kind {d['kind']}")
    return text


def printed_paragraphs(page, story):
    """The story's paragraphs as printed: duplicates inserted, byline appended.
    Returns a list of (text, own_index or None)."""
    out = []
    dups = [d for d in page.get('duplicates', []) if d['into'] == story['id']]
    for d in dups:
        if d['after'] == -1:
            out.append((dup_text(page, d), None))
    n = len(story['paragraphs'])
    for i, p in enumerate(story['paragraphs']):
        if i == n - 1 and story.get('byline'):
            if story['headline'] == '':
                p = p + ' ' + story['byline']  # caption: photographer's name after a space
            elif page['byline_style'] == 'ascii':
                p = p + '(' + story['byline'] + ')'
            elif page['byline_style'] == 'fullwidth':
                p = p + '（' + story['byline'] + '）'
        out.append((p, i))
        for d in dups:
            if d['after'] == i:
                out.append((dup_text(page, d), None))
    return out


def split_for_jump(page, story):
    """(first box paragraphs, continuation paragraphs); each item is (text, css class)."""
    paras = printed_paragraphs(page, story)
    if 'jump' not in story:
        return [(t, '') for t, _ in paras], []
    j = story['jump']
    k = next(n for n, (_, own) in enumerate(paras) if own == j['paragraph'])
    first = [(t, '') for t, _ in paras[:k]]
    rest = [(t, '') for t, _ in paras[k + 1:]]
    text = paras[k][0]
    if j.get('at') is None:
        return first, [(text, '')] + rest
    cut = text.index(j['at'])
    return first + [(text[:cut], 'broken')], [(text[cut:], 'continued')] + rest


CSS = """
@page { size: %(page_size)s; margin: 12mm 11mm; }
html, body { margin: 0; padding: 0; }
body { font-family: %(font)s; font-size: %(size)s; line-height: %(leading)s; color: #000; }
.row { display: flex; gap: 5mm; border-bottom: 0.6pt solid #000; padding-bottom: 3mm; margin-bottom: 4mm;
       align-items: flex-start; }
.cell { min-width: 0; }
.box { padding-bottom: 2mm; margin-bottom: 3mm; border-bottom: 0.4pt solid #666; }
.box:last-child { border-bottom: none; margin-bottom: 0; }
.kicker { font-size: 1.1em; margin: 0 0 1mm 0; }
h2 { font-size: %(hsize)s; line-height: 1.25; margin: 0 0 1.5mm 0; font-weight: bold; }
.by { font-size: 0.95em; font-weight: bold; margin: 0 0 2mm 0; }
.body { column-gap: 5mm; column-rule: 0.3pt solid #999; text-align: %(align)s; }
.body p { margin: 0 0 %(pgap)s 0; text-indent: %(indent)s; orphans: 1; widows: 1; }
.body p.broken { margin-bottom: 0; }
.body p.continued { text-indent: 0; }
.photo { background: #bbb; border: 0.5pt solid #000; margin: 0 0 1.5mm 0; }
.caption p { margin: 0; font-size: 0.92em; text-align: %(align)s; }
"""


def box_html(page, sid, span, by_id):
    cont = sid.endswith('+')
    story = by_id[sid.rstrip('+')]
    first, rest = split_for_jump(page, story)
    paras = rest if cont else first
    e = html.escape
    out = []
    if story['headline'] == '' and not cont:
        out.append('<section class="box caption">')
        out.append(f'<div class="photo" style="height:{28 + 12 * span}mm"></div>')
        out.append(f'<div class="body" style="column-count:{span}">')
        out.extend(f'<p>{e(t)}</p>' for t, _ in paras)
        out.append('</div></section>')
        return '\n'.join(out)
    out.append(f'<section class="box{" jump" if cont else ""}">')
    if not cont:
        if story.get('kicker'):
            out.append(f'<div class="kicker">{e(story["kicker"])}</div>')
        out.append(f'<h2>{e(story["headline"])}</h2>')
        if page['byline_style'] == 'by-line' and story.get('byline'):
            out.append(f'<div class="by">By {e(story["byline"])}</div>')
    out.append(f'<div class="body" style="column-count:{span}">')
    for t, cls in paras:
        out.append(f'<p class="{cls}">{e(t)}</p>' if cls else f'<p>{e(t)}</p>')
    out.append('</div></section>')
    return '\n'.join(out)


def page_html(page):
    by_id = {s['id']: s for s in page['stories']}
    zh = page['lang'] == 'zh'
    css = CSS % {
        'font': '"WenQuanYi Zen Hei", sans-serif' if zh else '"DejaVu Serif", "Liberation Serif", serif',
        'page_size': page.get('page_size', '330mm 470mm'),
        'size': page.get('font_size', '9.5pt'),
        'leading': page.get('line_height', '1.3'),
        'align': page.get('text_align', 'justify'),
        'hsize': '20pt' if zh else '18pt',
        'pgap': '0.9em' if zh else '0.8em',
        'indent': '2em' if zh else '1.2em',
    }
    parts = ['<!DOCTYPE html>', f'<html lang="{"zh-CN" if zh else "en"}">', '<head><meta charset="utf-8">',
             f'<title>{html.escape(page["title"])}</title>', f'<style>{css}</style>', '</head><body>',
             '<!-- generated by tests/data/make_pages/make_column_pages.py; do not edit -->']
    for row in page['rows']:
        parts.append('<div class="row">')
        for cell in row:
            parts.append(f'<div class="cell" style="flex:{cell["span"]} {cell["span"]} 0">')
            for b in cell['boxes']:
                parts.append(box_html(page, b, cell['span'], by_id))
            parts.append('</div>')
        parts.append('</div>')
    parts.append('</body></html>')
    return '\n'.join(parts) + '\n'


def gold(page):
    by_id = {s['id']: s for s in page['stories']}
    order = reading_order(page)
    index = {sid: n for n, sid in enumerate(order)}
    stories = []
    for sid in order:
        s = by_id[sid]
        g = {'kicker': s.get('kicker'), 'headline': s['headline'], 'byline': s.get('byline'),
             'paragraphs': list(s['paragraphs']), 'district': s.get('district'), 'themes': list(s.get('themes', []))}
        if s.get('newsroom_themes'):
            g['newsroom_themes'] = s['newsroom_themes']
        stories.append(g)
    dups = [{'story': index[d['into']], 'text': dup_text(page, d), 'original_story': index[d['from']],
             'kind': d['kind']} for d in page.get('duplicates', [])]
    notes = ['Generated by tests/data/make_pages/make_column_pages.py from column-articles/%s.json: page.html and this file '
             'come from the same data. Paragraph text is exactly the article data; bylines are printed %s.'
             % (page['page'], {'ascii': 'as "(NAME NAME)" at the end of the last paragraph',
                               'fullwidth': 'as "（NAME NAME）" at the end of the last paragraph',
                               'by-line': 'as a "By NAME" line under the headline'}[page['byline_style']])]
    for sid in order:
        s = by_id[sid]
        if s['headline'] == '':
            notes.append(f'Story {index[sid]} is a photo caption without headline; it ends with the '
                         f'photographer\'s name "{s["byline"]}" after a space.')
        if 'jump' in s:
            first, rest = split_for_jump(page, s)
            notes.append(f'Story {index[sid]} jumps: its text from "{rest[0][0][:12]}" on is printed later on the '
                         f'page, after other stories ({"mid-sentence" if s["jump"].get("at") else "at a paragraph break"}).')
    for d in dups:
        notes.append(f'Story {d["story"]} holds {"an" if d["kind"] == "exact" else "a"} {d["kind"]} copy of a paragraph of story {d["original_story"]}.')
    src = sorted({by_id[sid].get('source') for sid in order if by_id[sid].get('source')})
    return {
        'source': f'tests/data/pages/{page["page"]}/page.pdf ({page["title"]}); text from ' + '; '.join(src),
        'stories': stories,
        'duplicates': dups,
        'flags': [],
        'notes': notes,
    }


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.decode(errors='replace')[-2000:]}")
    return r.stdout


def find_tool(*names):
    for n in names:
        p = shutil.which(n) or (n if os.path.exists(n) else None)
        if p:
            return p
    raise RuntimeError(f"none of {names} found; see tests/data/make_pages/README-columns.md")


def print_pdf(html_path, pdf_path):
    chromium = find_tool('chromium', 'chromium-browser', 'google-chrome')
    profile = tempfile.mkdtemp(prefix='make-pages-chromium-')
    try:
        run([chromium] + CHROMIUM_FLAGS + [f'--user-data-dir={profile}', f'--print-to-pdf={pdf_path}',
                                           'file://' + os.path.abspath(html_path)], timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not os.path.exists(pdf_path) or os.path.getsize(pdf_path) == 0:
        raise RuntimeError('chromium wrote no PDF')


def extract(pdf_path, outdir):
    pdftotext = find_tool('pdftotext')
    run([pdftotext, pdf_path, os.path.join(outdir, 'raw-pdftotext.txt')])
    run([pdftotext, '-raw', pdf_path, os.path.join(outdir, 'raw-pdftotext-raw.txt')])
    pdf2txt = find_tool('pdf2txt', 'pdf2txt.py', '/usr/bin/pdf2txt')
    text = run([pdf2txt, pdf_path])
    with open(os.path.join(outdir, 'raw-pdfminer.txt'), 'wb') as f:
        f.write(text)


def write(path, text):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def build(page, keep_pdf=True):
    outdir = os.path.join(PAGES, page['page'])
    os.makedirs(outdir, exist_ok=True)
    html_path = os.path.join(outdir, 'page.html')
    write(html_path, page_html(page))
    write(os.path.join(outdir, 'expected.json'), json.dumps(gold(page), ensure_ascii=False, indent=1) + '\n')
    pdf_path = os.path.join(outdir, 'page.pdf')
    print_pdf(html_path, pdf_path)
    extract(pdf_path, outdir)
    info = run([find_tool('pdfinfo'), pdf_path]).decode(errors='replace')
    npages = next((l.split()[-1] for l in info.splitlines() if l.startswith('Pages:')), '?')
    size = os.path.getsize(pdf_path)
    if not keep_pdf:
        os.remove(pdf_path)
    print(f"{page['page']}: {len(page['stories'])} stories, PDF {npages} page(s), {size // 1024} KiB -> {outdir}")


def main(argv):
    keep_pdf = '--no-pdf' not in argv
    names = [a for a in argv if not a.startswith('--')]
    files = sorted(f for f in os.listdir(ARTICLES) if f.endswith('.json'))
    if names:
        files = [f for f in files if f[:-5] in names]
        if len(files) != len(names):
            print('unknown page(s): ' + ', '.join(n for n in names if n + '.json' not in files), file=sys.stderr)
            return 2
    for f in files:
        build(load_page(os.path.join(ARTICLES, f)), keep_pdf)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
