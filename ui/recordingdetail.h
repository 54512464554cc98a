#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QModelIndex>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace simwatch {

class SafeTextBrowser;

// Everything known about one test call: every key of the recording object as the server sent
// it (nested values pretty-printed, `false` as "—"), then the transcript one turn per line.
// All of it is inserted as plain text; nothing from the server is read as HTML.
class RecordingDetail : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingDetail(QWidget *parent = nullptr);

    void showRecording(const QModelIndex &recording);
    void clear();

    SafeTextBrowser *browser() const { return m_browser; }
    bool isPlaceholderShown() const;
    QString shownText() const; // the rendered text, for tests

    // Readable text of a JSON value: "—" for false/null/empty, "yes" for true, "Name (#12)" for
    // {id, name} links, scalars joined by ", ", other nested values as indented JSON.
    static QString valueText(const QJsonValue &value);
    static bool isNestedValue(const QJsonValue &value); // shown in a monospace font
    // "time_of_call" -> "Time of call"
    static QString keyLabel(const QString &key);
    // Turns of a conversation separated by <br/>, <br> or <br />; empty turns dropped.
    static QStringList transcriptTurns(const QString &conversation);
    // Well-known keys first, in a sensible order, then every other key alphabetically.
    static QStringList orderedKeys(const QJsonObject &object);

private:
    void render(int number, const QJsonObject &raw, const QString &conversation);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    SafeTextBrowser *m_browser = nullptr;
    QJsonObject m_shownRaw;
    int m_shownNumber = -1;
};

} // namespace simwatch
