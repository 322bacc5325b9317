#include "ui/accounts/PasswordMeter.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

using waymark::convert::toStd;

PasswordMeter::PasswordMeter(QLineEdit* password, QLineEdit* repeat, QWidget* parent)
    : QWidget(parent)
    , m_password(password)
    , m_repeat(repeat)
{
    setObjectName(QStringLiteral("passwordRules"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const auto ruleLabel = [&](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
        return label;
    };
    m_ruleLength = ruleLabel("ruleLength");
    m_ruleCommon = ruleLabel("ruleCommon");
    m_ruleUserName = ruleLabel("ruleUserName");
    m_ruleGuess = ruleLabel("ruleGuess");
    m_ruleMatch = ruleLabel("ruleMatch");
    auto* meterRow = new QHBoxLayout;
    m_strength = new QProgressBar(this);
    m_strength->setObjectName(QStringLiteral("passwordStrength"));
    m_strength->setAccessibleName(tr("Password strength"));
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(10);
    m_strength->setMaximumWidth(180);
    m_strengthText = new QLabel(this);
    m_strengthText->setObjectName(QStringLiteral("passwordStrengthText"));
    meterRow->addWidget(m_strength);
    meterRow->addWidget(m_strengthText, 1);
    layout->addLayout(meterRow);
    for (QLineEdit* edit : {m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            update();
            Q_EMIT changed();
        });
    update();
}

void PasswordMeter::setAccount(const QString& username, const QString& displayName)
{
    m_username = username.trimmed();
    m_displayName = displayName.trimmed();
    update();
    Q_EMIT changed();
}

// The core's own checks (checkNewPassword), one rule at a time:
// padded to the minimum length with spaces to isolate the deny list and the user-name
// rule from the length rule; the estimate on the password as typed.
PasswordMeter::Rules PasswordMeter::rules() const
{
    Rules r;
    const qsizetype n = m_password->text().toUcs4().size();
    r.length = n >= waymark::kMinPasswordLength && n <= waymark::kMaxPasswordLength;
    if (m_password->text().isEmpty() || n > waymark::kMaxPasswordLength)
        return r;
    const std::string user = toStd(m_username);
    const std::string name = toStd(m_displayName);
    {
        const waymark::convert::SecretUtf8 typed(m_password->text());
        r.strength = waymark::passwordStrength(typed.value(), waymark::passwordContextWords(user, name));
        r.guessable = r.strength.acceptable;
    }
    QString padded = m_password->text();
    while (padded.toUcs4().size() < waymark::kMinPasswordLength)
        padded += QLatin1Char(' ');
    const waymark::convert::SecretUtf8 secret(padded);
    if (const auto st = waymark::checkNewPassword(secret.value(), user, name); !st) {
        r.common = st.error().rule != "common";
        r.userName = st.error().rule != "contains_user_name";
    }
    return r;
}

bool PasswordMeter::acceptable() const
{
    return !m_password->text().isEmpty() && rules().allMet() && m_password->text() == m_repeat->text();
}

QString PasswordMeter::problem() const
{
    const Rules r = rules();
    if (m_password->text().isEmpty())
        return tr("Type the new password.");
    if (!r.length)
        return tr("Too short: %1 of at least %2 characters.")
            .arg(m_password->text().toUcs4().size())
            .arg(waymark::kMinPasswordLength);
    if (!r.common)
        return tr("This is a commonly used password: choose another.");
    if (!r.userName)
        return tr("The password must not contain the user name.");
    if (!r.guessable)
        return tr("This password would be easy to guess: add a word or two, or make it longer.");
    if (m_repeat->text() != m_password->text())
        return tr("The two passwords are not the same.");
    return {};
}

void PasswordMeter::update()
{
    const Rules r = rules();
    const bool typed = !m_password->text().isEmpty();
    const QString ok = QStringLiteral("✓ ");
    const QString bad = QStringLiteral("✗ ");
    const QString todo = QStringLiteral("○ ");
    const auto show = [&](QLabel* label, bool met, bool known, const QString& text) {
        label->setText((known ? (met ? ok : bad) : todo) + text);
        label->setAccessibleName((known ? (met ? tr("Met:") : tr("Not met:")) : tr("To do:")) + QLatin1Char(' ') +
                                 text);
        label->setStyleSheet(known && !met
                                 ? QStringLiteral("QLabel { color: %1; }").arg(Theme::current().errorBorder.name())
                                 : QString());
    };
    show(m_ruleLength, r.length, typed, tr("At least %1 characters").arg(waymark::kMinPasswordLength));
    show(m_ruleCommon, r.common, typed, tr("Not a commonly used password"));
    show(m_ruleUserName, r.userName, typed && !m_username.isEmpty(), tr("Does not contain the user name"));
    show(m_ruleGuess, r.guessable, typed, tr("Not easy to guess"));
    show(m_ruleMatch, m_repeat->text() == m_password->text(), !m_repeat->text().isEmpty(), tr("Typed the same twice"));
    int score = 0;
    QString words = tr("Strength: type a password");
    if (typed && !r.allMet()) {
        score = std::min(r.strength.score, 1);
        words = tr("Strength: not allowed yet");
    } else if (typed) {
        score = std::max(r.strength.score, 2);
        words = score == 4 ? tr("Strength: strong") : score == 3 ? tr("Strength: good") : tr("Strength: fair");
    }
    m_strength->setValue(score);
    m_strengthText->setText(words);
    m_strength->setAccessibleDescription(words);
}
