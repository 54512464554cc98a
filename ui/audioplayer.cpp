#include "audioplayer.h"

#include "logging.h"
#include "domain/duration.h"
#include "model/simulationmodel.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace simwatch {

AudioPlayer::AudioPlayer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("audioPlayer"));
    m_controls = new QWidget(this);
    m_play = new QToolButton(m_controls);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play (Space)"));
    m_play->setAccessibleName(tr("Play"));
    m_play->setAutoRaise(true);
    m_slider = new QSlider(Qt::Horizontal, m_controls);
    m_slider->setAccessibleName(tr("Position in the recording"));
    m_slider->setRange(0, 0);
    m_slider->setSingleStep(5000);
    m_slider->setPageStep(15000);
    m_time = new QLabel(positionText(0, 0), m_controls);
    m_time->setTextFormat(Qt::PlainText);
    m_time->setObjectName(QStringLiteral("secondaryText"));
    m_speed = new QComboBox(m_controls);
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setAccessibleDescription(m_speed->accessibleName()); // named by its value on Linux
    m_speed->setToolTip(tr("Playback speed"));
    for (double rate : {0.75, 1.0, 1.25, 1.5, 2.0})
        m_speed->addItem(tr("%1\u00D7").arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(1);
    m_openExternally = new QToolButton(m_controls);
    m_openExternally->setText(tr("Open in system player"));
    m_openExternally->setToolTip(tr("Open the recording with the system's media player or browser"));
    m_openExternally->setAutoRaise(true);

    // Two rows, so that the seek slider keeps its length in a narrow details pane.
    auto *controls = new QVBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_play);
    row->addWidget(m_slider, 1);
    row->addWidget(m_time);
    controls->addLayout(row);
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    m_speedLabel = new QLabel(tr("Speed"), m_controls);
    m_speedLabel->setObjectName(QStringLiteral("secondaryText"));
    m_speedLabel->setBuddy(m_speed);
    second->addWidget(m_speedLabel);
    second->addWidget(m_speed);
    second->addStretch(1);
    second->addWidget(m_openExternally);
    controls->addLayout(second);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // error strings may quote server text
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("secondaryText"));
    // Selectable: a message may carry the recording's address to copy.
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_controls);
    layout->addWidget(m_message);

    connect(m_play, &QToolButton::clicked, this, &AudioPlayer::togglePlayback);
    connect(m_openExternally, &QToolButton::clicked, this, &AudioPlayer::openExternally);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_player)
            m_player->setPlaybackRate(m_speed->currentData().toDouble());
    });
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_seeking = true; });
    // While the slider is held the label shows where it is, not where the player still is.
    connect(m_slider, &QSlider::sliderMoved, this, &AudioPlayer::updateTime);
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_seeking = false;
        if (m_player)
            m_player->setPosition(m_slider->value());
        updateTime();
    });
    // Keyboard and clicks on the groove seek at once.
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderMove || !m_player)
            return;
        m_player->setPosition(m_slider->sliderPosition());
    });

    hide();
}

AudioPlayer::~AudioPlayer() = default;

bool AudioPlayer::isPlayableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool AudioPlayer::hasPlayer() const
{
    return isPlayableUrl(m_source) && m_controls->isVisibleTo(this);
}

QString AudioPlayer::positionText(qint64 positionMs, qint64 durationMs)
{
    const auto text = [](qint64 ms) { return formatDuration(int(qMax<qint64>(0, ms) / 1000)); };
    return tr("%1 / %2").arg(text(positionMs), durationMs > 0 ? text(durationMs) : QStringLiteral("-:--"));
}

void AudioPlayer::ensurePlayer()
{
    if (m_player)
        return;
    // Created on first use: with no recording to play, no multimedia backend is loaded at all.
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    m_devices = new QMediaDevices(this);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &AudioPlayer::updateOutputDevice);
    m_player->setPlaybackRate(m_speed->currentData().toDouble());
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_slider->setRange(0, int(qMin<qint64>(duration, INT_MAX)));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_seeking) {
            const QSignalBlocker blocker(m_slider);
            m_slider->setValue(int(qMin<qint64>(position, INT_MAX)));
        }
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &AudioPlayer::updateButtons);
    connect(m_player, &QMediaPlayer::seekableChanged, this, &AudioPlayer::updateButtons);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia && !m_errorShown)
            showError(tr("Could not load the recording: the file cannot be played."));
        updateButtons();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &text) {
        if (error == QMediaPlayer::NoError)
            return;
        qCInfo(lcUi) << "recording could not be played:" << error << text;
        // The first error says why; GStreamer follows it with consequences ("Internal data
        // stream error") that would hide the reason.
        if (!m_errorShown)
            showError(tr("Could not load the recording: %1")
                          .arg(text.isEmpty() ? tr("unknown error") : text));
        updateButtons();
    });
}

void AudioPlayer::setRecordingUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed);
    if (!trimmed.isEmpty() && url == m_source)
        return;
    if (m_player) {
        m_player->stop();
        m_player->setSource({});
    }
    m_source = trimmed.isEmpty() ? QUrl() : url;
    m_message->hide();
    m_message->clear();
    m_errorShown = false;
    m_slider->setRange(0, 0);
    if (trimmed.isEmpty()) {
        hide();
        return;
    }
    show();
    if (!isPlayableUrl(url)) {
        // Never handed to the media framework or the desktop: file:, javascript:, data: and the like.
        m_controls->hide();
        showMessage(tr("This recording is not played here: only http and https addresses are supported."));
        return;
    }
    m_controls->show();
    ensurePlayer();
    // Loading fetches the start of the file so the length shows before playing.
    m_player->setSource(url);
    m_noOutput = false;
    updateOutputDevice();
    updateTime();
    updateButtons();
}

bool AudioPlayer::hasAudioOutput() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

void AudioPlayer::updateOutputDevice()
{
    if (!m_player)
        return;
    const bool none = !hasAudioOutput();
    if (none) {
        // A player without a device would still count the time as if playing.
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        if (!m_errorShown)
            showMessage(tr("No audio output device available: use \u201cOpen in system player\u201d."));
    } else {
        m_output->setDevice(QMediaDevices::defaultAudioOutput());
        if (m_noOutput && !m_errorShown)
            m_message->hide();
    }
    m_noOutput = none;
    updateButtons();
}

void AudioPlayer::openExternally()
{
    if (!isPlayableUrl(m_source))
        return;
    if (QDesktopServices::openUrl(m_source))
        return;
    qCInfo(lcUi) << "no program opened the recording" << m_source.toDisplayString();
    showMessage(tr("No program could be opened for the recording. Its address, to open elsewhere: %1")
                    .arg(m_source.toString()));
}

void AudioPlayer::togglePlayback()
{
    if (!m_player || !hasPlayer())
        return;
    if (m_noOutput) {
        updateOutputDevice(); // perhaps one came; if not, the message stays
        if (m_noOutput)
            return;
    }
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void AudioPlayer::stop()
{
    if (m_player)
        m_player->stop();
}

void AudioPlayer::updateTime()
{
    const qint64 position = m_seeking ? m_slider->sliderPosition() : m_player ? m_player->position() : 0;
    m_time->setText(positionText(position, m_player ? m_player->duration() : 0));
}

void AudioPlayer::updateButtons()
{
    const bool playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    const bool failed = m_player && m_player->error() != QMediaPlayer::NoError;
    m_play->setEnabled(!failed && !m_noOutput);
    if (m_noOutput)
        m_play->setToolTip(tr("No audio output device available"));
    m_slider->setEnabled(!failed && m_player && m_player->isSeekable());
    // Without a device the controls could only pretend: their room goes to the transcript.
    for (QWidget *control : {static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_time),
                             static_cast<QWidget *>(m_speed), static_cast<QWidget *>(m_speedLabel)})
        control->setVisible(!m_noOutput);
}

void AudioPlayer::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void AudioPlayer::showError(const QString &text)
{
    m_errorShown = true;
    showMessage(text);
}

} // namespace simwatch
