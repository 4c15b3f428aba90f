// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Copydesk {

// Value types returned by the repositories. They are copies: holding one never keeps a
// connection or a transaction open, so models may cache them and jobs may pass them across
// threads.

struct SourceInfo
{
    qint64 id = 0;
    QString fileName;
    QString sha256; // lower-case hex
    QString encoding;
    qint64 byteSize = 0;
    QDateTime importedAt; // UTC
    QString importedBy;
};

struct PageSummary
{
    qint64 id = 0;
    SourceInfo source;
    int storyCount = 0;
    int paragraphCount = 0;
    int openFlagCount = 0;
};

struct StorySummary
{
    qint64 id = 0;
    qint64 pageId = 0;
    int position = 0;
    QString kicker;
    QString headline;
    QString byline;
    QString lead; // start of the first paragraph, for captions without a headline
    int paragraphCount = 0;
    int openFlagCount = 0;
};

struct ParagraphRef
{
    qint64 page = 0;
    qint64 story = 0;
    int paragraph = 0; // index in the story's current paragraphs
};

struct FlagRecord
{
    qint64 id = 0;
    qint64 pageId = 0;
    qint64 storyId = 0;
    int paragraph = -1; // index in the story's paragraphs, -1 for the story as a whole
    QString kind;
    QString status;
    int start = 0;
    int length = 0;
    QString text;
    QString suggestion;
    QString reason;
    double confidence = 1.0;
    std::optional<ParagraphRef> duplicateOf;
    QString detail; // duplicates: exact, near or truncated
    QString decidedBy;
    QDateTime decidedAt;
};

struct ParagraphRecord
{
    qint64 id = 0;
    int position = 0;
    QString text;
    QVector<SourceSpan> spans;
};

struct DecisionRecord
{
    qint64 id = 0;
    qint64 storyId = 0;
    Decision decision;
    QString status; // "applied" or "reverted"
};

struct StoryRecord
{
    StorySummary summary;
    QVector<ParagraphRecord> paragraphs;
    QVector<FlagRecord> flags;
    std::optional<DistrictTag> district;
    QVector<ThemeTag> themes; // primary first
};

struct PageRecord
{
    PageSummary summary;
    QVector<StoryRecord> stories;
};

struct RevisionRecord
{
    qint64 id = 0;
    qint64 storyId = 0;
    QDateTime createdAt; // UTC
    QString author;
    QString action;
    QByteArray snapshot; // JSON of the story after the change
};

// A new source to archive: the bytes exactly as read.
struct NewSource
{
    QString fileName;
    QByteArray bytes;
    QString sha256;
    QString encoding;
    QString importedBy;
};

// A theme of the desk's taxonomy as the archive keeps it (table `themes`): an IPTC Media
// Topic (parent empty) or a desk sub-theme under one. See Tagging::Taxonomy for the rules.
struct ThemeRecord
{
    QString code;
    QString parent;
    QString labelZh;
    QString labelEn;
    QStringList keywords;
    QStringList weakKeywords;
    QString origin; // "iptc", "seed" (from the built-in list) or "desk" (added by an editor)
    bool retired = false;
    QString mergedInto;
};

// One administrative unit of the gazetteer as the archive keeps it (table `districts`).
struct DistrictRecord
{
    QString code;       // hierarchical prefix code: 33, 3301, 330102, 330102008
    QString parentCode; // empty for a province
    int level = 1;      // 1 province, 2 city, 3 county, 4 town or street
    QString name;       // 上城区
    QString shortName;  // 上城; empty when there is none
};

} // namespace Copydesk
