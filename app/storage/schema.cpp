// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Copydesk::Schema {

namespace {

// Version 1: the first schema. Sources keep the imported bytes verbatim; everything else
// derives from them and points back to them.
const QStringList kSchema1 = {
    QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
    QStringLiteral(R"(CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        encoding TEXT NOT NULL,
        raw BLOB NOT NULL,
        byte_size INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE pages (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
        normalized_text TEXT NOT NULL,
        created_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX pages_source ON pages(source_id)"),
    QStringLiteral(R"(CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kicker TEXT,
        headline TEXT,
        byline TEXT))"),
    QStringLiteral("CREATE INDEX stories_page ON stories(page_id, position)"),
    QStringLiteral(R"(CREATE TABLE paragraphs (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        source_spans TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX paragraphs_story ON paragraphs(story_id, position)"),
    QStringLiteral(R"(CREATE TABLE flags (
        id INTEGER PRIMARY KEY,
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        story_id INTEGER REFERENCES stories(id) ON DELETE CASCADE,
        paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE SET NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        start INTEGER NOT NULL DEFAULT 0,
        length INTEGER NOT NULL DEFAULT 0,
        text TEXT,
        suggestion TEXT,
        reason TEXT,
        confidence REAL NOT NULL DEFAULT 1.0,
        dup_paragraph_id INTEGER REFERENCES paragraphs(id) ON DELETE SET NULL,
        decided_by TEXT,
        decided_at TEXT,
        created_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX flags_story ON flags(story_id)"),
    QStringLiteral("CREATE INDEX flags_page_status ON flags(page_id, status)"),
    QStringLiteral(R"(CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        author TEXT NOT NULL,
        action TEXT NOT NULL,
        snapshot TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX revisions_story ON revisions(story_id, id)"),
};

// Version 2: every automatic change of a pipeline stage is kept with its reason so that an
// editor can revert it; desk-wide settings (size limit, house rules) live in the archive.
const QStringList kSchema2 = {
    QStringLiteral(R"(CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        paragraph INTEGER NOT NULL,
        kind TEXT NOT NULL,
        position INTEGER NOT NULL,
        confidence REAL NOT NULL,
        reason TEXT NOT NULL,
        before_text TEXT NOT NULL,
        after_text TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'applied',
        created_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX decisions_story ON decisions(story_id)"),
    QStringLiteral(R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))"),
};

// Version 3: the duplicate index. Each paragraph is findable under a few keys (content
// hashes of the whole text and of its ends, MinHash LSH bands), so checking a new page against
// the archive costs index look-ups instead of a scan. Removed copies stay in `paragraphs`
// (marked) so that a proofreader can restore them; "keep both" decisions are remembered by
// the pair of content hashes.
const QStringList kSchema3 = {
    QStringLiteral("ALTER TABLE paragraphs ADD COLUMN removed INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE paragraphs ADD COLUMN content_hash INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE flags ADD COLUMN detail TEXT"),
    QStringLiteral(R"(CREATE TABLE paragraph_keys (
        key INTEGER NOT NULL,
        paragraph_id INTEGER NOT NULL,
        PRIMARY KEY (key, paragraph_id)) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE dismissed_pairs (
        hash_a INTEGER NOT NULL,
        hash_b INTEGER NOT NULL,
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (hash_a, hash_b)) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX dismissed_pairs_b ON dismissed_pairs(hash_b)"),
};

// Version 4: district and theme tags (suggested or confirmed by an editor) and full-text
// search over stories. FTS5's trigram tokenizer matches any three characters, which suits
// Chinese, where there are no spaces to split words at; the rowid is the story id.
const QStringList kSchema4 = {
    QStringLiteral(R"(CREATE TABLE story_tags (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        label TEXT NOT NULL,
        confirmed INTEGER NOT NULL DEFAULT 0,
        rank INTEGER NOT NULL DEFAULT 0,
        score REAL NOT NULL DEFAULT 0,
        reason TEXT,
        decided_by TEXT,
        decided_at TEXT))"),
    QStringLiteral("CREATE INDEX story_tags_story ON story_tags(story_id, kind, rank)"),
    QStringLiteral("CREATE INDEX story_tags_code ON story_tags(kind, code)"),
    QStringLiteral("CREATE VIRTUAL TABLE story_search USING fts5(headline, body, "
                   "tokenize = 'trigram')"),
};

// Version 5: what the desk edits besides stories. The theme taxonomy (IPTC Media Topics plus
// the desk's own sub-themes) and the district gazetteer live in the archive so that every
// editor of a desk files stories the same way; the personal spelling dictionary, the errata
// table and the house-style profiles are desk-wide too. `drafts` holds the autosaved text of a
// story being edited (one row per story, replaced every few seconds) so that a crash loses
// only the last seconds of typing. `stories.edited` marks stories an editor changed by hand,
// which a re-run of cleanup leaves alone; `language` chooses the spelling dictionary.
const QStringList kSchema5 = {
    QStringLiteral(R"(CREATE TABLE themes (
        code TEXT PRIMARY KEY,
        parent_code TEXT REFERENCES themes(code),
        label_en TEXT NOT NULL,
        label_zh TEXT NOT NULL,
        keywords TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT 'desk',
        retired INTEGER NOT NULL DEFAULT 0,
        merged_into TEXT REFERENCES themes(code),
        updated_by TEXT,
        updated_at TEXT))"),
    QStringLiteral("CREATE INDEX themes_parent ON themes(parent_code)"),
    QStringLiteral(R"(CREATE TABLE districts (
        code TEXT PRIMARY KEY,
        parent_code TEXT,
        level INTEGER NOT NULL,
        name TEXT NOT NULL,
        short_name TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX districts_parent ON districts(parent_code)"),
    QStringLiteral("CREATE INDEX districts_name ON districts(name)"),
    QStringLiteral(R"(CREATE TABLE dictionary_words (
        language TEXT NOT NULL,
        word TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (language, word)) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE errata (
        id INTEGER PRIMARY KEY,
        wrong_text TEXT NOT NULL UNIQUE,
        right_text TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE style_profiles (
        name TEXT PRIMARY KEY,
        settings TEXT NOT NULL,
        is_default INTEGER NOT NULL DEFAULT 0,
        updated_by TEXT,
        updated_at TEXT))"),
    QStringLiteral(R"(CREATE TABLE drafts (
        story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        snapshot TEXT NOT NULL))"),
    QStringLiteral("ALTER TABLE stories ADD COLUMN edited INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE stories ADD COLUMN language TEXT"),
    QStringLiteral("ALTER TABLE pages ADD COLUMN language TEXT"),
    QStringLiteral("ALTER TABLE pages ADD COLUMN style_profile TEXT"),
};

Status run(const QString &connectionName, const QStringList &statements)
{
    QSqlQuery q(QSqlDatabase::database(connectionName));
    for (const QString &sql : statements) {
        if (Status s = Sql::exec(q, sql); !s)
            return s;
    }
    return success();
}

} // namespace

Status migrateTo(const QString &connectionName, int version)
{
    switch (version) {
    case 1:
        return run(connectionName, kSchema1);
    case 2:
        return run(connectionName, kSchema2);
    case 3:
        return run(connectionName, kSchema3);
    case 4:
        return run(connectionName, kSchema4);
    case 5:
        return run(connectionName, kSchema5);
    default:
        return failure(QStringLiteral("no migration to version %1").arg(version));
    }
}

} // namespace Copydesk::Schema
