#pragma once

#include <QUrl>
#include <QWidget>

class QAudioOutput;
class QMediaDevices;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;

namespace simwatch {

// Plays a call's recording inside the app: play/pause, a seek slider, speed and "0:12 / 2:00".
// Only http and https recordings are played (or handed to the system player); any other scheme
// gets a note and no player. The media player is created on first use, and the recording is only
// fetched once there is one to show. Errors (unreachable host, 404, undecodable data) are shown in
// the widget as text, and so is a machine without an audio output device: then nothing pretends to
// play, and "Open in system player" is the way to hear the recording.
class AudioPlayer : public QWidget
{
    Q_OBJECT

public:
    explicit AudioPlayer(QWidget *parent = nullptr);
    ~AudioPlayer() override;

    // The recording_url as sent; empty hides the widget. The same URL again changes nothing
    // (a poll must not interrupt playback).
    void setRecordingUrl(const QString &url);
    QUrl source() const { return m_source; }

    static bool isPlayableUrl(const QUrl &url); // http or https with a host

    bool hasPlayer() const;             // a playable URL is set
    QMediaPlayer *player() const { return m_player; } // null until a playable URL is set
    QLabel *messageLabel() const { return m_message; }
    QLabel *timeLabel() const { return m_time; }
    QToolButton *playButton() const { return m_play; }
    QToolButton *openExternallyButton() const { return m_openExternally; }
    QSlider *seekSlider() const { return m_slider; }
    QComboBox *speedCombo() const { return m_speed; }

    void togglePlayback();
    void stop();
    // Hands the recording to the desktop (QDesktopServices); says so, with the address to copy,
    // when nothing takes it.
    void openExternally();
    bool hasAudioOutput() const; // the system has a device to play to, now

    // "0:12 / 2:00"
    static QString positionText(qint64 positionMs, qint64 durationMs);

private:
    void ensurePlayer();
    void updateTime();
    void updateButtons();
    void showMessage(const QString &text);
    void showError(const QString &text); // why the recording cannot load: wins over other notes
    void updateOutputDevice();

    QUrl m_source;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QMediaDevices *m_devices = nullptr; // follows audio devices coming and going
    bool m_noOutput = false;            // no audio output device: the message says so
    bool m_errorShown = false;          // the message says why loading failed
    QWidget *m_controls = nullptr;
    QToolButton *m_play = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QToolButton *m_openExternally = nullptr;
    QLabel *m_message = nullptr;
    bool m_seeking = false; // the user holds the slider: positions from the player wait
};

} // namespace simwatch
