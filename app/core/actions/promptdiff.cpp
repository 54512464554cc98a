#include "actions/promptdiff.h"

#include <vector>

namespace simwatch::promptdiff {

namespace {

// Above this many LCS cells the diff falls back to "all removed, all added": prompts are a few
// KiB, so this only guards against pathological input freezing the UI.
constexpr qint64 MaxCells = 4'000'000;

enum class Edit { Keep, Remove, Add };

// Classic LCS table walk; returns the edit script turning `a` into `b`.
std::vector<Edit> editScript(const QList<QString> &a, const QList<QString> &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<Edit> script;
    if (qint64(n) * qint64(m) > MaxCells) {
        script.assign(size_t(n), Edit::Remove);
        script.insert(script.end(), size_t(m), Edit::Add);
        return script;
    }
    // lcs[i][j]: LCS length of a[i..] and b[j..]
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            script.push_back(Edit::Keep);
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            script.push_back(Edit::Remove);
            ++i;
        } else {
            script.push_back(Edit::Add);
            ++j;
        }
    }
    script.insert(script.end(), size_t(n - i), Edit::Remove);
    script.insert(script.end(), size_t(m - j), Edit::Add);
    return script;
}

void append(QList<Segment> *out, Segment::Kind kind, const QString &text)
{
    if (!out->isEmpty() && out->last().kind == kind)
        out->last().text += text;
    else
        out->append({kind, text});
}

QList<QString> splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return normalized.split(QLatin1Char('\n'));
}

QString key(const QString &title)
{
    return title.simplified().toCaseFolded();
}

SectionDiff oneSided(SectionDiff::Kind kind, const PromptSection &section)
{
    SectionDiff diff;
    diff.kind = kind;
    diff.title = section.title;
    for (const QString &line : splitLines(section.prompt)) {
        LinePair pair;
        if (kind == SectionDiff::Kind::Added) {
            pair.kind = LinePair::Kind::Added;
            pair.right = line;
            pair.rightSegments = {{Segment::Kind::Added, line}};
        } else {
            pair.kind = LinePair::Kind::Removed;
            pair.left = line;
            pair.leftSegments = {{Segment::Kind::Removed, line}};
        }
        diff.lines.append(pair);
    }
    return diff;
}

// A lone space kept "equal" between two changed words splits one change into many small
// highlights; fold such whitespace into the change so "cannot be removed" reads as one run.
void foldWhitespace(QList<Segment> *segments)
{
    QList<Segment> out;
    for (qsizetype k = 0; k < segments->size(); ++k) {
        Segment segment = segments->at(k);
        if (segment.kind == Segment::Kind::Equal && segment.text.trimmed().isEmpty() && k > 0
            && k + 1 < segments->size() && segments->at(k - 1).kind != Segment::Kind::Equal
            && segments->at(k + 1).kind == segments->at(k - 1).kind) {
            segment.kind = segments->at(k - 1).kind;
        }
        append(&out, segment.kind, segment.text);
    }
    *segments = out;
}

// Non-space characters kept equal, relative to the shorter line's non-space characters.
double sharedFraction(const QList<Segment> &leftSegments, const QString &left, const QString &right)
{
    auto visible = [](const QString &text) {
        qsizetype n = 0;
        for (const QChar c : text)
            n += c.isSpace() ? 0 : 1;
        return n;
    };
    qsizetype shared = 0;
    for (const Segment &segment : leftSegments) {
        if (segment.kind == Segment::Kind::Equal)
            shared += visible(segment.text);
    }
    const qsizetype shorter = std::min(visible(left), visible(right));
    return shorter == 0 ? 0.0 : double(shared) / double(shorter);
}

} // namespace

QList<QString> tokenize(const QString &text)
{
    QList<QString> tokens;
    QString current;
    bool currentIsSpace = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!current.isEmpty() && space != currentIsSpace) {
            tokens.append(current);
            current.clear();
        }
        current += c;
        currentIsSpace = space;
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

void diffWords(const QString &left, const QString &right, QList<Segment> *leftOut, QList<Segment> *rightOut)
{
    const QList<QString> a = tokenize(left);
    const QList<QString> b = tokenize(right);
    qsizetype i = 0;
    qsizetype j = 0;
    for (const Edit edit : editScript(a, b)) {
        switch (edit) {
        case Edit::Keep:
            append(leftOut, Segment::Kind::Equal, a.at(i++));
            append(rightOut, Segment::Kind::Equal, b.at(j++));
            break;
        case Edit::Remove:
            append(leftOut, Segment::Kind::Removed, a.at(i++));
            break;
        case Edit::Add:
            append(rightOut, Segment::Kind::Added, b.at(j++));
            break;
        }
    }
    foldWhitespace(leftOut);
    foldWhitespace(rightOut);
}

QList<LinePair> diffLines(const QString &before, const QString &after)
{
    const QList<QString> a = splitLines(before);
    const QList<QString> b = splitLines(after);
    QList<LinePair> out;
    QList<QString> removed;
    QList<QString> added;
    // A run of removals and additions between kept lines becomes Changed pairs, then the rest.
    auto flush = [&] {
        const qsizetype paired = std::min(removed.size(), added.size());
        for (qsizetype k = 0; k < paired; ++k) {
            LinePair pair;
            pair.kind = LinePair::Kind::Changed;
            pair.left = removed.at(k);
            pair.right = added.at(k);
            diffWords(pair.left, pair.right, &pair.leftSegments, &pair.rightSegments);
            // A rewritten line keeps a few common words ("a", "within"); highlighting those as
            // kept is noise, so below a third in common the line counts as replaced whole.
            if (sharedFraction(pair.leftSegments, pair.left, pair.right) < 1.0 / 3) {
                pair.leftSegments = {{Segment::Kind::Removed, pair.left}};
                pair.rightSegments = {{Segment::Kind::Added, pair.right}};
            }
            out.append(pair);
        }
        for (qsizetype k = paired; k < removed.size(); ++k) {
            LinePair pair;
            pair.kind = LinePair::Kind::Removed;
            pair.left = removed.at(k);
            pair.leftSegments = {{Segment::Kind::Removed, pair.left}};
            out.append(pair);
        }
        for (qsizetype k = paired; k < added.size(); ++k) {
            LinePair pair;
            pair.kind = LinePair::Kind::Added;
            pair.right = added.at(k);
            pair.rightSegments = {{Segment::Kind::Added, pair.right}};
            out.append(pair);
        }
        removed.clear();
        added.clear();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    for (const Edit edit : editScript(a, b)) {
        switch (edit) {
        case Edit::Keep: {
            flush();
            LinePair pair;
            pair.left = a.at(i++);
            pair.right = b.at(j++);
            pair.leftSegments = {{Segment::Kind::Equal, pair.left}};
            pair.rightSegments = {{Segment::Kind::Equal, pair.right}};
            out.append(pair);
            break;
        }
        case Edit::Remove:
            removed.append(a.at(i++));
            break;
        case Edit::Add:
            added.append(b.at(j++));
            break;
        }
    }
    flush();
    return out;
}

QList<SectionDiff> diffSections(const QList<PromptSection> &before, const QList<PromptSection> &after)
{
    // For each after-section, the index of its before-section (-1: added).
    QList<bool> used(before.size(), false);
    QList<qsizetype> match;
    for (const PromptSection &section : after) {
        qsizetype found = -1;
        for (qsizetype k = 0; k < before.size(); ++k) {
            if (!used.at(k) && key(before.at(k).title) == key(section.title)) {
                found = k;
                used[k] = true;
                break;
            }
        }
        match.append(found);
    }

    QList<SectionDiff> out;
    QList<bool> emitted(before.size(), false);
    auto emitRemovedBefore = [&](qsizetype limit) {
        for (qsizetype k = 0; k < limit; ++k) {
            if (!used.at(k) && !emitted.at(k)) {
                emitted[k] = true;
                out.append(oneSided(SectionDiff::Kind::Removed, before.at(k)));
            }
        }
    };
    for (qsizetype n = 0; n < after.size(); ++n) {
        const qsizetype k = match.at(n);
        if (k < 0) {
            out.append(oneSided(SectionDiff::Kind::Added, after.at(n)));
            continue;
        }
        emitRemovedBefore(k);
        SectionDiff diff;
        diff.title = after.at(n).title;
        diff.lines = diffLines(before.at(k).prompt, after.at(n).prompt);
        diff.kind = before.at(k).prompt == after.at(n).prompt ? SectionDiff::Kind::Unchanged
                                                                : SectionDiff::Kind::Changed;
        out.append(diff);
    }
    emitRemovedBefore(before.size());
    return out;
}

QString promptText(const QList<PromptSection> &sections)
{
    QStringList parts;
    for (const PromptSection &section : sections) {
        const QString title = section.title.trimmed();
        const QString prompt = section.prompt.trimmed();
        parts.append(title.isEmpty() ? prompt : prompt.isEmpty() ? title : title + QLatin1Char('\n') + prompt);
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace simwatch::promptdiff
