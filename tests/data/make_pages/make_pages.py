#!/usr/bin/python3
"""Build Copydesk's multi-column test pages from real article text.

For every articles/<page>.json this script writes tests/data/pages/<page>/:
  page.html              the page, laid out with CSS columns (the layout lives in the JSON)
  page.pdf               printed by headless Chromium (not committed when large; regenerate)
  raw-pdftotext.txt      `pdftotext page.pdf`
  raw-pdftotext-raw.txt  `pdftotext -raw page.pdf`
  raw-pdfminer.txt       `pdf2txt page.pdf` (pdfminer.six, blank-line separated boxes)
  expected.json          the gold answer, in the format of the seed page's expected.json

HTML and gold come from the same story data, so they cannot drift apart.

usage: /usr/bin/python3 make_pages.py [--out DIR] [--only PAGE] [--no-pdf] [--score]
Needs (Debian): chromium, poppler-utils, python3-pdfminer, fonts-wqy-zenhei (or another CJK font).
stdlib only (pdfminer is called through its pdf2txt command).
"""
import argparse
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, '..', 'pages'))
SCORER = '/work/shared/tools/score_page.py'


# ---------------------------------------------------------------------------
# story pieces: a story printed in one or more parts (a jump prints its tail later)

class Piece:
    """A run of text printed at one place on the page.

    paras: list of (text, continues) where continues=True means the text is the
    tail of a paragraph begun elsewhere (printed without first-line indent)."""

    def __init__(self, story, part, paras, with_head):
        self.story = story
        self.part = part
        self.paras = paras
        self.with_head = with_head


def story_text(page, st):
    """The story's paragraphs as printed: plants applied, byline appended (zh) to its
    last own paragraph, planted duplicate paragraphs inserted.
    Returns (printed, gold_paragraphs)."""
    paras = list(st['paragraphs'])
    for pl in page.get('plants', []):
        if pl['story'] == st['id']:
            i = pl['paragraph']
            if pl['find'] not in paras[i]:
                raise SystemExit(f"plant: {pl['find']!r} not in {st['id']} paragraph {i}")
            paras[i] = paras[i].replace(pl['find'], pl['replace'], 1)
    gold = list(paras)
    printed = list(paras)
    suffix = byline_suffix(page, st)
    if suffix:  # the byline closes the story's own last paragraph, before any planted copy
        printed[-1] = printed[-1] + suffix
    # duplicates: copies of another story's paragraph, inserted into this one
    by_id = {s['id']: s for s in page['stories']}
    inserts = sorted((d for d in page.get('duplicates', []) if d['story'] == st['id']),
                     key=lambda d: d['insert_at'], reverse=True)
    for d in inserts:
        src = by_id[d['original_story']]['paragraphs'][d['paragraph']]
        text = src if d['kind'] == 'exact' else src[:d['cut']]
        printed.insert(d['insert_at'], text)
    return printed, gold


def byline_suffix(page, st):
    if not st.get('byline') or st.get('caption') or page['lang'] == 'en' or st.get('byline_line'):
        return ''
    return page['byline_format'].format(st['byline'])


def pieces_for(page, st):
    printed, _ = story_text(page, st)
    jump = next((j for j in page.get('jumps', []) if j['story'] == st['id']), None)
    if not jump:
        return {'all': Piece(st, 'all', [(p, False) for p in printed], True)}
    # jump['paragraph'] indexes the printed paragraphs; cut inside it at jump['char']
    i, c = jump['paragraph'], jump['char']
    if c == 0:  # the jump falls between two paragraphs: the tail starts a paragraph
        return {'head': Piece(st, 'head', [(p, False) for p in printed[:i]], True),
                'tail': Piece(st, 'tail', [(p, False) for p in printed[i:]], False)}
    if page['lang'] == 'en':  # an English jump breaks between words
        c = printed[i].index(' ', c) + 1
    if not (0 < c < len(printed[i])):
        raise SystemExit(f"jump cut {c} outside paragraph {i} of {st['id']}")
    head = [(p, False) for p in printed[:i]] + [(printed[i][:c], False)]
    tail = [(printed[i][c:], True)] + [(p, False) for p in printed[i + 1:]]
    return {'head': Piece(st, 'head', head, True), 'tail': Piece(st, 'tail', tail, False)}


# ---------------------------------------------------------------------------
# HTML

CSS = """
@page { size: %(w)smm %(h)smm; margin: 10mm 11mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: %(font)s; font-size: %(fs)spt; line-height: %(lh)s; color: #111; }
.masthead { display: flex; justify-content: space-between; align-items: baseline;
            border-bottom: 2.5pt solid #111; padding-bottom: 2mm; margin-bottom: 4mm; }
.masthead .name { font-size: 22pt; font-weight: bold; letter-spacing: 0.1em; }
.masthead .label, .masthead .date { font-size: 10pt; }
.band { column-count: %(cols)s; column-gap: %(cg)smm; column-rule: 0.5pt solid #999;
        border-bottom: 1pt solid #111; padding-bottom: 4mm; margin-bottom: 4mm; }
.band:last-child { border-bottom: none; }
.band.row { column-count: auto; display: flex; gap: 6mm; }
.cell { column-gap: %(cg)smm; column-rule: 0.5pt solid #999; min-width: 0; }
.cell + .cell { border-left: 1pt solid #111; padding-left: 5mm; }
.box { column-gap: %(cg)smm; column-rule: 0.5pt solid #999; padding-bottom: 2mm; margin-bottom: 3mm;
       border-bottom: 0.4pt solid #666; }
.box:last-child { border-bottom: none; margin-bottom: 0; }
.head.span { column-span: all; margin-bottom: 3mm; }
.kicker { font-size: %(kfs)spt; line-height: 1.3; margin: 0 0 1.6mm 0; color: #333; }
h2 { margin: 0; font-weight: bold; line-height: 1.25; break-after: avoid; }
.head.span h2 { font-size: %(hfs)spt; }
.head.inline { margin: 4mm 0 3mm 0; padding-top: 2mm; border-top: 1pt solid #111; break-inside: avoid; }
.head.inline h2 { font-size: %(ifs)spt; }
.byline { font-size: %(bfs)spt; font-weight: bold; letter-spacing: 0.04em; margin: 1.8mm 0 0 0; line-height: 1.3; }
p { margin: 0 0 %(pm)s 0; text-indent: %(ti)s; text-align: %(align)s; orphans: 1; widows: 1; }
p.cont { text-indent: 0; }
.story.tail { margin-top: 5mm; }
figure { margin: 2mm 0 %(pm)s 0; break-inside: avoid; }
.photo { height: %(ph)smm; background: #c9c9c9; border: 0.5pt solid #777; margin-bottom: 2mm; }
figcaption { font-size: %(cfs)spt; line-height: 1.4; text-align: justify; }
.deck { font-size: %(kfs)spt; line-height: 1.3; margin: 1.4mm 0 0 0; }
.jumpline { text-indent: 0; text-align: right; font-size: %(bfs)spt; }
.dropcap { float: left; font-size: 3.1em; line-height: 0.85; margin: 0.05em 0.08em 0 0; font-weight: bold; }
.credits { border-top: 1pt solid #111; margin-top: 3mm; padding-top: 1.5mm; font-size: 8pt; }
.masthead .runhead { font-size: 10pt; letter-spacing: 0.05em; }
"""


def esc(s):
    return html.escape(s, quote=False)


def head_html(page, st, span):
    cls = 'head span' if span else 'head inline'
    out = [f'<div class="{cls}">']
    if st.get('kicker'):
        out.append(f'<div class="kicker">{esc(st["kicker"])}</div>')
    out.append(f'<h2>{esc(st["headline"])}</h2>')
    if st.get('deck'):  # a deck under the headline (副题): not one of the story's paragraphs
        out.append(f'<div class="deck">{esc(st["deck"])}</div>')
    if st.get('credit'):  # an agency's or desk's credit in place of a "By" line
        out.append(f'<div class="byline">{esc(st["credit"])}</div>')
    elif st.get('byline_line'):  # a Chinese byline printed as a line under the head
        out.append(f'<div class="byline">{esc(st["byline_line"].format(st["byline"]))}</div>')
    elif page['lang'] == 'en' and st.get('byline'):
        out.append(f'<div class="byline">{esc(page["byline_format"].format(st["byline"]))}</div>')
    out.append('</div>')
    return '\n'.join(out)


def piece_html(page, pc, span):
    st = pc.story
    if st.get('caption'):
        text = st['paragraphs'][0] + page['caption_sep'] + st['byline']
        return (f'<figure class="story caption" data-story="{st["id"]}">\n<div class="photo"></div>\n'
                f'<figcaption>{esc(text)}</figcaption>\n</figure>')
    out = [f'<div class="story {pc.part}" data-story="{st["id"]}">']
    if pc.with_head:
        out.append(head_html(page, st, span))
    for k, (text, cont) in enumerate(pc.paras):
        if cont:
            out.append(f'<p class="cont">{esc(text)}</p>')
        elif k == 0 and pc.with_head and st.get('dropcap'):
            out.append(f'<p class="cont"><span class="dropcap">{esc(text[0])}</span>{esc(text[1:])}</p>')
        else:
            out.append(f'<p>{esc(text)}</p>')
    if st.get('jump_line') and pc.part in ('all', 'head'):  # (下转第2版), Continued on Page A6
        out.append(f'<p class="jumpline">{esc(st["jump_line"])}</p>')
    out.append('</div>')
    return '\n'.join(out)


def build_html(page, pieces):
    lay = page['layout']
    fmt = dict(w=lay['page_mm'][0], h=lay['page_mm'][1], cols=4,
               font=lay.get('font', '"WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif'),
               fs=lay.get('font_pt', 10), lh=lay.get('line_height', 1.42),
               hfs=lay.get('headline_pt', 21), ifs=lay.get('inline_headline_pt', 15),
               kfs=lay.get('kicker_pt', 11), bfs=lay.get('byline_pt', 9), cfs=lay.get('caption_pt', 9),
               pm=lay.get('para_margin', '0.85em'), cg=lay.get('column_gap_mm', 6),
               align=lay.get('align', 'justify'), ti=lay.get('indent', '2em'), ph=lay.get('photo_mm', 38))
    css = CSS % fmt
    if page.get('running_head'):  # folio, date and paper on one line between rules
        body = [f'<header class="masthead"><span class="runhead">{esc(page["running_head"])}</span></header>']
    else:
        body = [f'<header class="masthead"><span class="name">{esc(page["masthead"])}</span>'
                f'<span class="label">{esc(page["page_label"])}</span><span class="date">{esc(page["date"])}</span></header>']

    def flow(items, stack_columns=0):
        # stack_columns: every item is its own box of that many columns, stacked in the cell
        # (a story and the jumped tail under it do not share columns).
        out = []
        for k, item in enumerate(items):
            sid, part = item.split(':') if ':' in item else (item, 'all')
            pc = pieces[sid][part]
            if stack_columns:
                out.append(f'<div class="box" style="column-count:{stack_columns}">')
                out.append(piece_html(page, pc, span=pc.with_head))
                out.append('</div>')
            else:
                out.append(piece_html(page, pc, span=(k == 0 and pc.with_head)))
        return out

    for band in lay['bands']:
        if 'cells' in band:  # a row of side-by-side modules, each its own column set
            body.append('<section class="band row">')
            for cell in band['cells']:
                if cell.get('stack'):
                    body.append(f'<div class="cell" style="flex:{cell.get("width", cell["columns"])} 1 0">')
                    body += flow(cell['items'], cell['columns'])
                else:
                    body.append(f'<div class="cell" style="flex:{cell.get("width", cell["columns"])} 1 0;'
                                f'column-count:{cell["columns"]}">')
                    body += flow(cell['items'])
                body.append('</div>')
        else:
            body.append(f'<section class="band" style="column-count:{band["columns"]}">')
            body += flow(band['items'])
        body.append('</section>')
    if page.get('footer'):  # the page's credits: 责任编辑：… 校对：…
        body.append(f'<footer class="credits">{esc(page["footer"])}</footer>')
    lang = 'zh-CN' if page['lang'] == 'zh' else 'en'
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(page["masthead"])} {esc(page["page_label"])}</title>\n<style>{css}</style>\n</head>\n<body>\n'
            + '\n'.join(body) + '\n</body>\n</html>\n')


# ---------------------------------------------------------------------------
# gold

def band_items(band):
    """The items of a band in reading order (cells left to right)."""
    if 'cells' in band:
        return [it for cell in band['cells'] for it in cell['items']]
    return band['items']


def build_gold(page):
    by_id = {s['id']: s for s in page['stories']}
    # reading order: order of first appearance on the page
    order = []
    for band in page['layout']['bands']:
        for item in band_items(band):
            sid = item.split(':')[0]
            if sid not in order:
                order.append(sid)
    missing = set(by_id) - set(order)
    if missing:
        raise SystemExit(f'{page["page"]}: stories not laid out: {sorted(missing)}')
    index = {sid: i for i, sid in enumerate(order)}
    stories = []
    for sid in order:
        st = by_id[sid]
        _, gold = story_text(page, st)
        stories.append({
            'kicker': st.get('kicker'),
            'headline': '' if st.get('caption') else st['headline'],
            'byline': st.get('credit') or st.get('byline'),
            'paragraphs': gold,
            'district': st.get('district'),
            'themes': st.get('themes', []),
        })
    dups = []
    for d in page.get('duplicates', []):
        src = by_id[d['original_story']]['paragraphs'][d['paragraph']]
        dups.append({'story': index[d['story']],
                     'text': src if d['kind'] == 'exact' else src[:d['cut']],
                     'original_story': index[d['original_story']], 'kind': d['kind']})
    flags = []
    for pl in page.get('plants', []):
        flags.append({'story': index[pl['story']], 'kind': pl['kind'], 'text': pl['flag_text'],
                      'suggestion': pl['suggestion']})
    notes = list(page.get('notes', []))
    for j in page.get('jumps', []):
        st = by_id[j['story']]
        printed, _ = story_text(page, st)
        tail = pieces_for(page, st)['tail'].paras[0][0]
        after = [it for band in page['layout']['bands'] for it in band_items(band)]
        pos = after.index(j['story'] + ':tail')
        before = [by_id[x.split(':')[0]]['headline'] or '(caption)' for x in after[:pos]
                  if x.split(':')[0] != j['story']]
        notes.append(f'Story {index[j["story"]]} ({st["headline"]}) jumps: its text continues in the block '
                     f'starting "{tail[:14]}…", printed later, after "{before[-1]}".')
    for d in page.get('duplicates', []):
        notes.append(f'Story {index[d["story"]]} holds a copy ({d["kind"]}) of paragraph {d["paragraph"]} '
                     f'of story {index[d["original_story"]]}; the copy is not one of its paragraphs.')
    if page['lang'] == 'zh':
        notes.append('A byline is printed in parentheses at the end of the last paragraph; the gold paragraph '
                     'excludes it. The caption story (headline "") ends in the photographer\'s name.')
    else:
        notes.append('A byline is printed as a "By NAME" line under the headline; gold byline is the name as printed '
                     'without "By". The caption story (headline "") ends in the photographer\'s name.')
    if any(st.get('deck') for st in page['stories']):
        notes.append('A deck printed under a headline is not one of the story\'s paragraphs.')
    if any(st.get('jump_line') for st in page['stories']) or page.get('footer') or page.get('running_head'):
        notes.append('Jump lines (下转第2版, Continued on Page A6), the running head and the page\'s credits '
                     'line belong to no story.')
    if any(st.get('byline_line') or st.get('credit') for st in page['stories']):
        notes.append('A byline printed as a line under the head (本报记者 …, an agency\'s credit) is the gold '
                     'byline as printed, without its bullet.')
    notes.append('Paragraph text is the source text verbatim (see tests/data/pages/SOURCES.md); '
                 'a scorer folds width and white space.')
    return {'source': f'{page["page"]}/page.html, generated by tests/data/make_pages/make_pages.py '
                      f'from tests/data/make_pages/articles/{page["page"]}.json',
            'stories': stories, 'duplicates': dups, 'flags': flags, 'notes': notes}


# ---------------------------------------------------------------------------
# PDF and extraction

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f'failed ({r.returncode}): {" ".join(cmd)}\n{r.stderr[-2000:]}')
    return r.stdout


def chromium_binary():
    for b in ('chromium', 'chromium-browser', 'google-chrome'):
        p = shutil.which(b)
        if p:
            return p
    raise SystemExit('chromium not found: apt-get install chromium')


def print_pdf(html_path, pdf_path):
    prof = tempfile.mkdtemp(prefix='make_pages_chromium_')
    try:
        run([chromium_binary(), '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync',
             f'--user-data-dir={prof}', f'--print-to-pdf={pdf_path}', '--no-pdf-header-footer',
             'file://' + os.path.abspath(html_path)], timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    info = run(['pdfinfo', pdf_path])
    return int(re.search(r'^Pages:\s+(\d+)', info, re.M).group(1))


def fit_page(page, pieces, outdir):
    """Write page.html and page.pdf at layout.page_mm; if that prints on more than one PDF
    page, grow the height 10 mm at a time until it fits (update the JSON to the height shown)."""
    html_path = os.path.join(outdir, 'page.html')
    pdf_path = os.path.join(outdir, 'page.pdf')
    lay = page['layout']
    start = lay['page_mm'][1]
    for h in range(start, start + 600, 10):
        lay['page_mm'] = [lay['page_mm'][0], h]
        with open(html_path, 'w', encoding='utf-8') as f:
            f.write(build_html(page, pieces))
        if print_pdf(html_path, pdf_path) == 1:
            return h, run(['pdffonts', pdf_path])
    raise SystemExit(f'{page["page"]}: does not fit one page even {h} mm tall')


def ocr(pdf_path, outdir, lang):
    """raw-ocr.txt: the page rendered at 300 dpi by pdftoppm and read by tesseract (automatic
    page segmentation, as a newsroom scanner would run it): OCR errors, column order as
    tesseract finds it, blank lines between the blocks it sees."""
    if not (shutil.which('tesseract') and shutil.which('pdftoppm')):
        print('warning: tesseract or pdftoppm missing: no raw-ocr.txt '
              '(apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)', file=sys.stderr)
        return
    tmp = tempfile.mkdtemp(prefix='make_pages_ocr_')
    try:
        run(['pdftoppm', '-r', '300', '-gray', '-png', '-singlefile', pdf_path, os.path.join(tmp, 'page')])
        run(['tesseract', os.path.join(tmp, 'page.png'), os.path.join(tmp, 'out'),
             '-l', 'chi_sim' if lang == 'zh' else 'eng', '--psm', '3'], timeout=900)
        shutil.copyfile(os.path.join(tmp, 'out.txt'), os.path.join(outdir, 'raw-ocr.txt'))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def extract(pdf_path, outdir):
    run(['pdftotext', pdf_path, os.path.join(outdir, 'raw-pdftotext.txt')])
    run(['pdftotext', '-raw', pdf_path, os.path.join(outdir, 'raw-pdftotext-raw.txt')])
    pdf2txt = shutil.which('pdf2txt') or shutil.which('pdf2txt.py')
    if pdf2txt:
        txt = run([pdf2txt, pdf_path])
    else:
        txt = run(['/usr/bin/python3', '-m', 'pdfminer.high_level', pdf_path])
    with open(os.path.join(outdir, 'raw-pdfminer.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)


def score(gold_path, outdir):
    res = {}
    for name in ('raw-pdftotext.txt', 'raw-pdftotext-raw.txt', 'raw-pdfminer.txt', 'raw-ocr.txt'):
        if not os.path.exists(os.path.join(outdir, name)):
            continue
        r = subprocess.run([sys.executable, SCORER, gold_path, os.path.join(outdir, name), '--text'],
                           stdout=subprocess.PIPE, text=True)
        m = re.search(r'paragraphs (\d+)/(\d+)', r.stdout)
        res[name] = f'{m.group(1)}/{m.group(2)}' if m else r.stdout.strip()
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=DEFAULT_OUT)
    ap.add_argument('--only')
    ap.add_argument('--no-pdf', action='store_true', help='write HTML and gold only')
    ap.add_argument('--no-ocr', action='store_true', help='skip the tesseract extraction (raw-ocr.txt)')
    ap.add_argument('--score', action='store_true', help=f'run {SCORER} on each raw file')
    a = ap.parse_args()
    for path in sorted(glob.glob(os.path.join(HERE, 'articles', '*.json'))):
        page = json.load(open(path, encoding='utf-8'))
        if a.only and page['page'] != a.only:
            continue
        outdir = os.path.join(a.out, page['page'])
        os.makedirs(outdir, exist_ok=True)
        pieces = {st['id']: pieces_for(page, st) for st in page['stories']}
        used = [it if ':' in it else it + ':all' for b in page['layout']['bands'] for it in band_items(b)]
        for sid, parts in pieces.items():
            for part in parts:
                if f'{sid}:{part}' not in used:
                    raise SystemExit(f'{page["page"]}: {sid}:{part} not placed in layout')
        html_path = os.path.join(outdir, 'page.html')
        with open(html_path, 'w', encoding='utf-8') as f:
            f.write(build_html(page, pieces))
        gold_path = os.path.join(outdir, 'expected.json')
        with open(gold_path, 'w', encoding='utf-8') as f:
            json.dump(build_gold(page), f, ensure_ascii=False, indent=1)
            f.write('\n')
        line = page['page']
        if not a.no_pdf:
            pdf_path = os.path.join(outdir, 'page.pdf')
            height, fonts = fit_page(page, pieces, outdir)
            extract(pdf_path, outdir)
            if not a.no_ocr:
                ocr(pdf_path, outdir, page['lang'])
            line += f'  {page["layout"]["page_mm"][0]}x{height} mm  pdf {os.path.getsize(pdf_path) // 1024} KB'
            if page['lang'] == 'zh' and not re.search(r'WenQuanYi|Noto|AR PL|CJK|Zen', fonts):
                print(f'warning: {page["page"]}: no CJK font embedded:\n{fonts}', file=sys.stderr)
            if a.score and os.path.exists(SCORER):
                line += '  ' + ' '.join(f'{k}={v}' for k, v in score(gold_path, outdir).items())
        print(line)


if __name__ == '__main__':
    main()
