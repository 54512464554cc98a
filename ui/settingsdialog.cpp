#include "settingsdialog.h"

#include "notify/runevents.h"

#include "appsettings.h"
#include "settingscheck.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace simwatch {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme::errorTextColor());
    label->setPalette(pal);
    label->hide();
    return label;
}

QWidget *fieldWithMessages(QWidget *parent, QLayout *field, const QList<QLabel *> &below)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(field);
    for (QLabel *label : below)
        layout->addWidget(label);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    // Server address
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setPlaceholderText(AppSettings::defaultBaseUrl().toString());
    m_baseUrl->setText(settings->baseUrl().toString());
    m_baseUrl->setClearButtonEnabled(true);
    m_baseUrl->setMinimumWidth(m_baseUrl->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 34);
    m_baseUrlError = errorLabel(this);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_baseUrl);

    // API key: hidden while typing, with a show/hide toggle. It is never logged.
    m_apiKey = new QLineEdit(this);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_apiKey->setText(settings->apiKey());
    m_apiKey->setPlaceholderText(tr("From your OmniDimension dashboard"));
    m_showKey = new QToolButton(this);
    m_showKey->setCheckable(true);
    m_showKey->setFocusPolicy(Qt::StrongFocus);
    m_showKey->setAutoRaise(true);
    m_apiKeyError = errorLabel(this);
    auto *keyNote = new QLabel(settings->keyStorageNote(), this);
    keyNote->setVisible(!settings->keyStorageNote().isEmpty());
    keyNote->setTextFormat(Qt::PlainText);
    keyNote->setWordWrap(true);
    QPalette notePalette = keyNote->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::PlaceholderText));
    keyNote->setPalette(notePalette);
    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(4);
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_showKey);
    setKeyVisible(false);

    // Plain-text storage only on an explicit request, with the risk spelled out.
    m_plainText = new QCheckBox(tr("Store the key &unencrypted in a file"), this);
    m_plainText->setChecked(settings->keyInPlainText());
    m_plainTextWarning = new QLabel(tr("The file can be read only by your user account, but anyone who gets into "
                                       "that account, or into a backup of your files, can then use this key. "
                                       "Use this only where no system keychain is available."), this);
    m_plainTextWarning->setTextFormat(Qt::PlainText);
    m_plainTextWarning->setWordWrap(true);
    m_plainTextWarning->setStyleSheet(QStringLiteral("color: %1;").arg(theme::warningColor().name()));
    m_plainTextWarning->setVisible(m_plainText->isChecked());
    connect(m_plainText, &QCheckBox::toggled, m_plainTextWarning, &QWidget::setVisible);

    // Poll interval
    m_interval = new QSpinBox(this);
    m_interval->setRange(1, 3600);
    m_interval->setValue(settings->intervalSeconds());
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccelerated(true);
    m_intervalError = errorLabel(this);
    auto *intervalHint = new QLabel(tr("How often a running simulation is fetched again."), this);
    intervalHint->setTextFormat(Qt::PlainText);
    intervalHint->setPalette(notePalette);
    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(intervalHint, 1);

    // Hung-run warning
    m_hungAfter = new QSpinBox(this);
    m_hungAfter->setRange(1, 24 * 60);
    m_hungAfter->setValue(settings->hungAfterMinutes());
    m_hungAfter->setSuffix(tr(" min"));
    auto *hungHint = new QLabel(tr("A running simulation without progress for this long is flagged as possibly stuck."), this);
    hungHint->setTextFormat(Qt::PlainText);
    hungHint->setWordWrap(true);
    hungHint->setPalette(notePalette);
    auto *hungRow = new QHBoxLayout;
    hungRow->addWidget(m_hungAfter);
    hungRow->addWidget(hungHint, 1);

    // Local history
    m_historyRuns = new QSpinBox(this);
    m_historyRuns->setRange(1, 100000);
    m_historyRuns->setValue(settings->historyRuns());
    m_historyRuns->setSuffix(tr(" runs"));
    m_historyRuns->setAccelerated(true);
    m_forgetHistory = new QPushButton(tr("&Forget History\u2026"), this);
    m_forgetHistory->setToolTip(tr("Delete every run kept on this computer"));
    connect(m_forgetHistory, &QPushButton::clicked, this, &SettingsDialog::forgetHistoryRequested);
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_historyRuns);
    historyRow->addWidget(m_forgetHistory);
    historyRow->addStretch(1);

    // Language: each named in itself, so that it can be found whatever the current one is.
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QString::fromUtf8("\u0939\u093f\u0928\u094d\u0926\u0940"), QStringLiteral("hi"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    auto *languageHint = new QLabel(tr("Applies when SimWatch is started again."), this);
    languageHint->setTextFormat(Qt::PlainText);
    languageHint->setWordWrap(true);
    languageHint->setPalette(notePalette);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageHint, 1);
    // Desktop notifications: which moments of a watched run are worth a notice.
    auto *notifyBox = new QWidget(this);
    auto *notifyLayout = new QVBoxLayout(notifyBox);
    notifyLayout->setContentsMargins(0, 0, 0, 0);
    notifyLayout->setSpacing(2);
    const std::pair<RunEvents::Kind, QString> notifyChoices[] = {
        {RunEvents::Kind::Ended, tr("A run completes")},
        {RunEvents::Kind::Stopped, tr("A run is stopped")},
        {RunEvents::Kind::Started, tr("A run starts its first call")},
        {RunEvents::Kind::NegativeCall, tr("A call ends with negative sentiment")},
    };
    for (const auto &[kind, text] : notifyChoices) {
        auto *box = new QCheckBox(text, notifyBox);
        box->setChecked(settings->notifyKinds() & int(kind));
        box->setProperty("notifyKind", int(kind));
        m_notifyBoxes.append(box);
        notifyLayout->addWidget(box);
    }

    // The look, applied at the next start (every colour is chosen when a widget is made).
    m_theme = new QComboBox(this);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("As the desktop"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings->theme())));
    auto *themeHint = new QLabel(tr("Applies when SimWatch is started again."), this);
    themeHint->setTextFormat(Qt::PlainText);
    themeHint->setPalette(notePalette);
    auto *themeRow = new QHBoxLayout;
    themeRow->addWidget(m_theme);
    themeRow->addWidget(themeHint, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(12);
    auto *urlLabel = new QLabel(tr("&Server address:"), this);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    auto *intervalLabel = new QLabel(tr("Poll &interval:"), this);
    urlLabel->setBuddy(m_baseUrl);
    keyLabel->setBuddy(m_apiKey);
    intervalLabel->setBuddy(m_interval);
    form->addRow(urlLabel, fieldWithMessages(this, urlRow, {m_baseUrlError}));
    form->addRow(keyLabel, fieldWithMessages(this, keyRow, {m_apiKeyError, keyNote}));
    form->addRow(QString(), m_plainText);
    form->addRow(QString(), m_plainTextWarning);
    form->addRow(intervalLabel, fieldWithMessages(this, intervalRow, {m_intervalError}));
    auto *hungLabel = new QLabel(tr("&Stuck after:"), this);
    hungLabel->setBuddy(m_hungAfter);
    form->addRow(hungLabel, hungRow);
    auto *historyLabel = new QLabel(tr("&History keeps:"), this);
    historyLabel->setBuddy(m_historyRuns);
    form->addRow(historyLabel, historyRow);
    auto *notifyLabel = new QLabel(tr("Notify me when:"), this);
    notifyLabel->setBuddy(m_notifyBoxes.constFirst());
    form->addRow(notifyLabel, notifyBox);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, themeRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(16);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_apiKey, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_interval, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_showKey, &QToolButton::toggled, this, &SettingsDialog::setKeyVisible);

    setTabOrder(m_baseUrl, m_apiKey);
    setTabOrder(m_apiKey, m_showKey);
    setTabOrder(m_showKey, m_plainText);
    setTabOrder(m_plainText, m_interval);
    setTabOrder(m_interval, m_hungAfter);
    setTabOrder(m_hungAfter, m_historyRuns);
    setTabOrder(m_historyRuns, m_forgetHistory);
    QWidget *previous = m_forgetHistory;
    for (QCheckBox *box : std::as_const(m_notifyBoxes)) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_language);
    setTabOrder(m_language, m_theme);

    validate();
    // Start where there is something to fix, else in the key field (the usual reason to come here).
    if (!m_baseUrlError->text().isEmpty())
        m_baseUrl->setFocus();
    else
        m_apiKey->setFocus();
}

void SettingsDialog::setAllowInsecureHttp(bool allow)
{
    m_allowInsecureHttp = allow;
    validate();
}

QUrl SettingsDialog::enteredUrl() const
{
    return QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
}

void SettingsDialog::setKeyVisible(bool visible)
{
    m_apiKey->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showKey->setIcon(QIcon(visible ? QStringLiteral(":/icons/hide-key.svg") : QStringLiteral(":/icons/show-key.svg")));
    const QString text = visible ? tr("Hide the key") : tr("Show the key");
    m_showKey->setToolTip(text);
    m_showKey->setAccessibleName(text);
    if (m_showKey->isChecked() != visible)
        m_showKey->setChecked(visible);
}

void SettingsDialog::validate()
{
    bool layoutChanged = false;
    const auto show = [&layoutChanged](QLabel *label, const QString &message) {
        layoutChanged = layoutChanged || label->text() != message || label->isHidden() != message.isEmpty();
        label->setText(message);
        label->setVisible(!message.isEmpty());
    };
    show(m_baseUrlError, SettingsCheck::baseUrl(enteredUrl(), m_allowInsecureHttp));
    show(m_apiKeyError, SettingsCheck::apiKey(m_apiKey->text()));
    show(m_intervalError, SettingsCheck::interval(m_interval->value()));
    m_ok->setEnabled(isInputValid());
    if (layoutChanged && isVisible())
        QTimer::singleShot(0, this, &SettingsDialog::growToFit);
}

void SettingsDialog::growToFit()
{
    // Messages wrap (height depends on width), which a top-level layout does not grow for by
    // itself: make room so that nothing overlaps.
    const int wanted = qMax(hasHeightForWidth() ? heightForWidth(width()) : -1, sizeHint().height());
    if (wanted > height())
        resize(width(), wanted);
}

bool SettingsDialog::isInputValid() const
{
    return SettingsCheck::baseUrl(enteredUrl(), m_allowInsecureHttp).isEmpty()
        && SettingsCheck::apiKey(m_apiKey->text()).isEmpty()
        && SettingsCheck::interval(m_interval->value()).isEmpty();
}

void SettingsDialog::accept()
{
    if (!isInputValid())
        return;
    m_settings->setBaseUrl(enteredUrl());
    m_settings->setKeyInPlainText(m_plainText->isChecked());
    m_settings->setApiKey(m_apiKey->text().trimmed());
    m_settings->setIntervalSeconds(m_interval->value());
    m_settings->setHungAfterMinutes(m_hungAfter->value());
    m_settings->setHistoryRuns(m_historyRuns->value());
    m_settings->setLanguage(m_language->currentData().toString());
    int kinds = 0;
    for (QCheckBox *box : std::as_const(m_notifyBoxes))
        kinds |= box->isChecked() ? box->property("notifyKind").toInt() : 0;
    m_settings->setNotifyKinds(kinds);
    m_settings->setTheme(m_theme->currentData().toString());
    QDialog::accept();
}

} // namespace simwatch
