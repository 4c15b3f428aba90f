-- An archive written by the first schema (version 1), frozen as SQL text so that the
-- migration test upgrades what an old Copydesk really wrote. Do not edit.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
PRAGMA application_id = 1128550449;
PRAGMA user_version = 1;
CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        encoding TEXT NOT NULL,
        raw BLOB NOT NULL,
        byte_size INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL);
INSERT INTO sources VALUES(1,'old.txt','5eae89a47e1f01735c0c136aa5e5a1f5d6916148f98755bc93ac25c10fb280b1','UTF-8',X'e7acace4b880e6aeb5e69687e5ad97e380820a0ae7acace4ba8ce6aeb5e69687e5ad972ce6b2a1e69c89e58699e5ae8c0a',49,'2025-01-02T03:04:05.000Z','editor');
CREATE TABLE pages (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
        normalized_text TEXT NOT NULL,
        created_at TEXT NOT NULL);
INSERT INTO pages VALUES(1,1,replace('第一段文字。\n\n第二段文字,没有写完\n','\n',char(10)),'2025-01-02T03:04:05.000Z');
CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kicker TEXT,
        headline TEXT,
        byline TEXT);
INSERT INTO stories VALUES(1,1,0,NULL,'旧标题',NULL);
CREATE TABLE paragraphs (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        source_spans TEXT NOT NULL DEFAULT '');
INSERT INTO paragraphs VALUES(1,1,0,'第一段文字。','0+6');
INSERT INTO paragraphs VALUES(2,1,1,'第二段文字,没有写完','8+10');
CREATE TABLE flags (
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
        created_at TEXT NOT NULL);
INSERT INTO flags VALUES(1,1,1,2,'join','open',0,10,'第二段文字,没有写完',NULL,NULL,1.0,NULL,NULL,NULL,'2025-01-02T03:04:05.000Z');
CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        author TEXT NOT NULL,
        action TEXT NOT NULL,
        snapshot TEXT NOT NULL);
INSERT INTO revisions VALUES(1,1,'2025-01-02T03:04:05.000Z','editor','import','{"headline":"旧标题"}');
CREATE INDEX pages_source ON pages(source_id);
CREATE INDEX stories_page ON stories(page_id, position);
CREATE INDEX paragraphs_story ON paragraphs(story_id, position);
CREATE INDEX flags_story ON flags(story_id);
CREATE INDEX flags_page_status ON flags(page_id, status);
CREATE INDEX revisions_story ON revisions(story_id, id);
COMMIT;
