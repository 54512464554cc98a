#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QModelIndex>
#include <QWidget>

#include <utility>

class QAction;
class QLabel;
class QStackedWidget;

namespace simwatch {

class AudioPlayer;
class FindBar;
class SafeTextBrowser;
class VerdictPanel;

// Everything known about one test call: a player for its recording (http/https only), every key
// of the recording object as the server sent it (nested values pretty-printed, `false` as "—"),
// then the transcript as a conversation: one turn per paragraph, the speaker in bold, agent turns
// on the left and the other side on the right. All of it is inserted with QTextCursor::insertText;
// nothing from the server is read as HTML. Ctrl+F finds in the text, Space plays/pauses.
class RecordingDetail : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingDetail(QWidget *parent = nullptr);

    void showRecording(const QModelIndex &recording);
    void clear();

    SafeTextBrowser *browser() const { return m_browser; }
    AudioPlayer *audioPlayer() const { return m_audio; }
    VerdictPanel *verdictPanel() const { return m_verdict; }
    FindBar *findBar() const { return m_findBar; }
    QAction *playPauseAction() const { return m_playPause; }
    QAction *findAction() const { return m_find; }
    bool isPlaceholderShown() const;
    QString shownText() const; // the rendered text, for tests

    // Readable text of a JSON value: "—" for false/null/empty, "yes" for true, "Name (#12)" for
    // {id, name} links, scalars joined by ", ", other nested values as indented JSON.
    static QString valueText(const QJsonValue &value);
    static bool isNestedValue(const QJsonValue &value); // shown in a monospace font
    // "time_of_call" -> "Time of call"
    static QString keyLabel(const QString &key);
    // Well-known keys first, in a sensible order, then every other key alphabetically.
    static QStringList orderedKeys(const QJsonObject &object);

    // Values longer than this are cut in the fields table (the transcript never is): a table cell
    // is laid out in one piece, and a megabyte in one would stall the window.
    static constexpr int MaxFieldChars = 20000;
    // Longer transcript turns are split into paragraphs of this size (see render()).
    static constexpr int MaxParagraphChars = 2000;

private:
    void render(const QString &callTitle, const QJsonObject &raw, const QString &summary, const QString &conversation,
                const QDateTime &callTime);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_page = nullptr;
    AudioPlayer *m_audio = nullptr;
    VerdictPanel *m_verdict = nullptr;
    SafeTextBrowser *m_browser = nullptr;
    FindBar *m_findBar = nullptr;
    QAction *m_playPause = nullptr;
    QAction *m_find = nullptr;
    QJsonObject m_shownRaw;
    QString m_shownTitle; // "Call #70004": which call is shown
};

} // namespace simwatch
