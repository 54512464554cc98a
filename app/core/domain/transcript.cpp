#include "domain/transcript.h"

#include <QRegularExpression>

namespace simwatch::transcript {

QStringList turns(const QString &conversation)
{
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    QStringList result;
    const QStringList parts = conversation.split(br);
    for (const QString &part : parts) {
        // Turns may also be separated by newlines; each non-empty line is a turn.
        const QStringList lines = part.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString t = line.trimmed();
            if (!t.isEmpty())
                result.append(t);
        }
    }
    return result;
}

std::pair<QString, QString> splitSpeaker(const QString &turn)
{
    // A short label before the first colon, not itself a sentence or a URL ("http://…").
    static const QRegularExpression speaker(QStringLiteral("^([^:<>/]{1,30}):(?:\\s+|$)"));
    const QRegularExpressionMatch m = speaker.match(turn);
    if (!m.hasMatch())
        return {QString(), turn};
    return {m.captured(1).trimmed(), turn.mid(m.capturedEnd())};
}

Side speakerSide(const QString &speaker, QStringList *unknownSeen)
{
    static const QStringList agentWords = {QStringLiteral("agent"), QStringLiteral("bot"),
                                           QStringLiteral("assistant"), QStringLiteral("ai"),
                                           QStringLiteral("system"), QStringLiteral("omnidim")};
    static const QStringList otherWords = {QStringLiteral("customer"), QStringLiteral("user"),
                                           QStringLiteral("caller"), QStringLiteral("human"),
                                           QStringLiteral("client"), QStringLiteral("tester")};
    static const QRegularExpression wordSplit(QStringLiteral("[^\\w]+"));
    const QStringList words = speaker.toLower().split(wordSplit, Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (agentWords.contains(w))
            return Side::Agent;
        if (otherWords.contains(w))
            return Side::Other;
    }
    if (!unknownSeen)
        return Side::Agent;
    qsizetype at = unknownSeen->indexOf(speaker.toLower());
    if (at < 0) {
        unknownSeen->append(speaker.toLower());
        at = unknownSeen->size() - 1;
    }
    return at % 2 == 0 ? Side::Agent : Side::Other;
}

QList<Turn> conversation(const QString &text)
{
    QList<Turn> result;
    QStringList unknownSeen;
    Side side = Side::Agent; // a turn without a label continues the previous speaker's side
    const QStringList all = turns(text);
    for (const QString &turn : all) {
        auto [speaker, said] = splitSpeaker(turn);
        if (!speaker.isEmpty())
            side = speakerSide(speaker, &unknownSeen);
        result.append({std::move(speaker), std::move(said), side});
    }
    return result;
}

} // namespace simwatch::transcript
