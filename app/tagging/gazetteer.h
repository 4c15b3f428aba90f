// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/records.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <memory>

namespace Copydesk::Tagging {

enum class DistrictLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Town = 4
};

// One administrative unit. `parent` indexes the gazetteer (-1 for a province); a county-level
// unit directly under a province or a municipality (济源市, 东城区) has the province as parent.
struct District
{
    QString code; // official code: 2 digits for a province, 4 city, 6 county, 9 town/street
    QString name; // full name, 杭州市
    DistrictLevel level = DistrictLevel::Province;
    int parent = -1;
    QStringList shortForms; // 杭州; empty when the stem would be a single character
};

// How a name in the index refers to its unit.
enum class NameForm
{
    Full,  // 上城区
    Short, // 上城
};

struct NameTarget
{
    int district = -1;
    NameForm form = NameForm::Full;
    // The name is an ordinary word as well (城区, 光明, 新华) or a town's short form: it only
    // counts where the story also names a unit above or beside it.
    bool needsContext = false;
};

// China's administrative divisions down to towns and streets, with official codes, parents and
// short forms, loaded from the resource that resources/gazetteer/build_gazetteer.py generates.
// Short forms are derived by rule (shortFormsFor()). Names are looked up after folding variant
// characters (硤 -> 硖). Immutable once loaded; copies share the data, and every const member
// is safe to call from any thread.
class Gazetteer
{
public:
    Gazetteer(); // empty
    // divisions: "code<TAB>name" lines; variants: "variant<TAB>simplified" lines;
    // commonWords: one word per line, names that are also ordinary words. '#' starts a comment.
    static Result<Gazetteer> fromTsv(const QByteArray &divisions, const QByteArray &variants = {},
                                     const QByteArray &commonWords = {});
    // The gazetteer compiled into the library (:/copydesk/gazetteer/...).
    static Result<Gazetteer> load();
    // load(), done once per process and shared; an empty gazetteer if the resource is broken
    // (a programmer error, logged).
    static const Gazetteer &builtIn();
    // Where the built-in data comes from: the "source:" line the generator writes at the top
    // of divisions.tsv (package, version, licence), for the archive's records.
    static QString builtInSource();

    // Every unit as the archive keeps it (table `districts`), in gazetteer order.
    QVector<DistrictRecord> records() const;

    // Short forms by rule: strip the level's suffix (省, 市, 自治区 and the people named before
    // it, 区, 县, 旗, 街道, 镇, 乡 ...) and keep the stem if it has at least two characters.
    static QStringList shortFormsFor(const QString &name, DistrictLevel level);

    // The statistics data set's codes are hierarchical prefixes (33, 3301, 330102, 330102008),
    // which is what DistrictTag::code carries: a district's subtree is every code that starts
    // with its own. This pads one to the published form: the six digits of GB/T 2260 (330000,
    // 330100, 330102) or the twelve of the statistical town code (330102008000).
    static QString publishedCode(const QString &code);

    bool isEmpty() const;
    int size() const;
    const District &district(int index) const;
    int indexOfCode(const QString &code) const; // -1 if unknown

    // The units a full name or short form refers to (after folding variants).
    QVector<NameTarget> lookup(QStringView name) const;
    // Longest name starting at `position` of already folded text, or 0; `targets` receives
    // what it refers to. Names are two or more characters.
    int matchAt(QStringView foldedText, int position, QVector<NameTarget> *targets) const;
    QString fold(const QString &text) const; // variant characters -> simplified, same length

    QString path(int index) const;           // 浙江省/杭州市/上城区
    QVector<int> ancestors(int index) const; // parent first, province last
    bool isAncestor(int ancestor, int index) const;
    int ancestorAt(int index, DistrictLevel level) const; // index itself if at that level, or -1
    QVector<int> children(int index) const;               // -1: the provinces

    // For a picker: units whose full name contains `query` (or whose path does), most
    // general first, at most `limit`.
    QVector<int> search(const QString &query, int limit = 50) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Copydesk::Tagging
