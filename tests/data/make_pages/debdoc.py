"""Read paragraphs out of the Debian documentation files that the test pages quote.

Shared by verify_sources.py (and used once to pick the texts). stdlib only.
"""
import html.parser
import re


class _Paras(html.parser.HTMLParser):
    """Collects the text of <p> and DocBook <div class="para"> elements, in order."""

    def __init__(self):
        super().__init__()
        self.out = []
        self.cur = None
        self.depth = 0
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ('pre', 'script', 'style'):
            self.skip += 1
        if self.cur is None and (tag == 'p' or (tag == 'div' and ('class', 'para') in attrs)):
            self.cur = []
            self.depth = 0
        elif tag == 'div' and self.cur is not None:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in ('pre', 'script', 'style'):
            self.skip -= 1
        if tag == 'div' and self.cur is not None and self.depth > 0:
            self.depth -= 1
            return
        if tag in ('p', 'div') and self.cur is not None:
            txt = re.sub(r'\s+', ' ', ''.join(self.cur)).strip()
            if txt:
                self.out.append(txt)
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None and not self.skip:
            self.cur.append(data)


def html_paragraphs(path):
    p = _Paras()
    p.feed(open(path, encoding='utf-8').read())
    return p.out


def text_paragraphs(path, encoding='utf-8'):
    """Blank-line separated paragraphs of a plain text file; lines joined (no space
    between two CJK characters, one space otherwise)."""
    raw = open(path, 'rb').read().decode(encoding)
    out = []
    for block in re.split(r'\n\s*\n', raw):
        lines = [l.strip() for l in block.splitlines() if l.strip()]
        if not lines:
            continue
        s = lines[0]
        for l in lines[1:]:
            if re.match(r'[\u3000-\u9fff\uff00-\uffef]', l[0]) or re.search(r'[\u3000-\u9fff\uff00-\uffef]$', s):
                s += l
            else:
                s += ' ' + l
        out.append(s)
    return out


def paragraphs(path, encoding='utf-8'):
    if path.endswith('.html') or path.endswith('.htm'):
        return html_paragraphs(path)
    return text_paragraphs(path, encoding)
