#include "ui/dialogs/FirstRunWizard.h"

#include "ui/accounts/PasswordMeter.h"
#include "ui/dialogs/RestoreBackupPage.h"
#include "ui/widgets/DiscardQuestion.h"

#include "ui/widgets/WaitCursor.h"

#include "core/security/PasswordPolicy.h"
#include "ui/app/AppPaths.h"
#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

#include <exception>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

QString errorStyle()
{
    return QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Theme::current().errorBorder.name());
}

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("pageError"));
    label->setAccessibleName(QCoreApplication::translate("FirstRunWizard", "Error"));
    label->setWordWrap(true);
    label->setStyleSheet(errorStyle());
    label->hide();
    return label;
}

QString withSuffix(QString path)
{
    path = path.trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".waymark");
    return path;
}

} // namespace

// ---------------------------------------------------------------------------------------

class FirstRunStartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunStartPage(QWidget* parent = nullptr)
        : QWizardPage(parent)
    {
        setTitle(tr("Welcome to Waymark"));
        setSubTitle(tr("One encrypted casebook file holds your scheme's records."));

        auto* layout = new QVBoxLayout(this);
        m_createOption = new QRadioButton(tr("&Create a new casebook"), this);
        m_createOption->setObjectName(QStringLiteral("createOption"));
        m_createOption->setAccessibleName(tr("Create a new casebook"));
        m_createOption->setChecked(true);
        auto* createHint = new QLabel(tr("Start a scheme's records. You become its first coordinator."), this);
        createHint->setIndent(24);
        createHint->setWordWrap(true);

        m_openOption = new QRadioButton(tr("&Open an existing casebook"), this);
        m_openOption->setObjectName(QStringLiteral("openOption"));
        m_openOption->setAccessibleName(tr("Open an existing casebook"));
        auto* openHint = new QLabel(tr("Your coordinator gave you a casebook file and a user name."), this);
        openHint->setIndent(24);
        openHint->setWordWrap(true);

        m_demoOption = new QRadioButton(tr("&Try a demo casebook"), this);
        m_demoOption->setObjectName(QStringLiteral("demoOption"));
        m_demoOption->setAccessibleName(tr("Try a demo casebook"));
        auto* demoHint = new QLabel(tr("Look around with made-up young people before you start."), this);
        demoHint->setIndent(24);
        demoHint->setWordWrap(true);

        layout->addWidget(m_createOption);
        layout->addWidget(createHint);
        layout->addSpacing(8);
        layout->addWidget(m_openOption);
        layout->addWidget(openHint);
        layout->addSpacing(8);
        layout->addWidget(m_demoOption);
        layout->addWidget(demoHint);
        layout->addSpacing(8);
        m_restoreOption = new QRadioButton(tr("&Restore from a backup…"), this);
        m_restoreOption->setObjectName(QStringLiteral("restoreOption"));
        m_restoreOption->setAccessibleName(tr("Restore from a backup"));
        auto* restoreHint =
            new QLabel(tr("The laptop was lost, broke or was wiped, and a backup is all there is."), this);
        restoreHint->setIndent(24);
        restoreHint->setWordWrap(true);
        layout->addWidget(m_restoreOption);
        layout->addWidget(restoreHint);
        layout->addStretch();

        connect(m_demoOption, &QRadioButton::toggled, this, [this] {
            setFinalPage(m_demoOption->isChecked());
            Q_EMIT completeChanged();
        });
    }

    bool createChosen() const { return m_createOption->isChecked(); }
    bool openChosen() const { return m_openOption->isChecked(); }
    bool demoChosen() const { return m_demoOption->isChecked(); }
    bool restoreChosen() const { return m_restoreOption->isChecked(); }

    bool validatePage() override
    {
        auto* w = qobject_cast<FirstRunWizard*>(wizard());
        if (w != nullptr && demoChosen())
            w->m_outcome = FirstRunWizard::Outcome::Demo;
        return true;
    }

private:
    QRadioButton* m_createOption = nullptr;
    QRadioButton* m_openOption = nullptr;
    QRadioButton* m_demoOption = nullptr;
    QRadioButton* m_restoreOption = nullptr;
};

// ---------------------------------------------------------------------------------------

class FirstRunCreatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunCreatePage(QWidget* parent = nullptr)
        : QWizardPage(parent)
    {
        setTitle(tr("Create a new casebook"));
        setSubTitle(tr("Choose where the casebook file lives and set up the first coordinator's account."));

        auto* form = new QFormLayout(this);

        m_path = new QLineEdit(AppPaths::suggestedCasebookPath(), this);
        m_path->setObjectName(QStringLiteral("casebookPath"));
        m_path->setAccessibleName(tr("Casebook file"));
        auto* browse = new QPushButton(tr("Br&owse…"), this);
        browse->setObjectName(QStringLiteral("browseButton"));
        browse->setAccessibleName(tr("Choose where to save the casebook"));
        browse->setAutoDefault(false);
        auto* pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path, 1);
        pathRow->addWidget(browse);
        auto* pathLabel = new QLabel(tr("&File:"), this);
        pathLabel->setBuddy(m_path);
        form->addRow(pathLabel, pathRow);
        auto* pathHint = new QLabel(tr("A key file (.keys) is kept beside it. Back up both together."), this);
        pathHint->setWordWrap(true);
        form->addRow(QString(), pathHint);

        m_division = new QComboBox(this);
        m_division->setObjectName(QStringLiteral("division"));
        m_division->setAccessibleName(tr("UK division"));
        m_division->addItem(tr("England and Wales"), QStringLiteral("england-and-wales"));
        m_division->addItem(tr("Scotland"), QStringLiteral("scotland"));
        m_division->addItem(tr("Northern Ireland"), QStringLiteral("northern-ireland"));
        m_division->setToolTip(tr("Decides which bank holidays are left out when time limits are counted in "
                                  "working days."));
        form->addRow(tr("&Division:"), m_division);

        m_user = new QLineEdit(this);
        m_user->setObjectName(QStringLiteral("userName"));
        m_user->setAccessibleName(tr("Coordinator's user name"));
        m_user->setPlaceholderText(tr("e.g. asmith"));
        m_user->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{0,64}")), m_user));
        form->addRow(tr("&User name:"), m_user);

        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("displayName"));
        m_displayName->setAccessibleName(tr("Coordinator's full name"));
        m_displayName->setPlaceholderText(tr("e.g. Alex Smith"));
        form->addRow(tr("Full &name:"), m_displayName);

        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setAccessibleName(tr("Password"));
        m_password->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password:"), m_password);

        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmPassword"));
        m_confirm->setAccessibleName(tr("Password again"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Password a&gain:"), m_confirm);

        m_rule = new QLabel(this);
        m_rule->setObjectName(QStringLiteral("passwordRule"));
        m_rule->setAccessibleName(tr("Password rule"));
        m_rule->setWordWrap(true);
        form->addRow(QString(), m_rule);

        // Every rule of core/security/PasswordPolicy, checked as you type, and the strength
        // meter (zxcvbn, the user's own names as known words): the same PasswordMeter as every
        // other dialog that sets a password.
        m_meter = new PasswordMeter(m_password, m_confirm, this);
        form->addRow(QString(), m_meter);

        m_error = makeErrorLabel(this);
        form->addRow(m_error);

        connect(browse, &QPushButton::clicked, this, &FirstRunCreatePage::browse);
        for (QLineEdit* edit : {m_path, m_user, m_displayName, m_password, m_confirm})
            connect(edit, &QLineEdit::textChanged, this, &FirstRunCreatePage::onEdited);

        setTabOrder(m_path, browse);
        setTabOrder(browse, m_division);
        setTabOrder(m_division, m_user);
        setTabOrder(m_user, m_displayName);
        setTabOrder(m_displayName, m_password);
        setTabOrder(m_password, m_confirm);
        updateRule();
    }

    void setPath(const QString& path) { m_path->setText(path); }

    // The file has a sensible default: start in User name. QWizard gives the focus to the
    // page's first input after initializePage(), so take it back once the page is on show.
    void initializePage() override
    {
        QTimer::singleShot(0, m_user, [user = m_user] { user->setFocus(Qt::OtherFocusReason); });
    }

    bool isComplete() const override
    {
        return !m_path->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty() && m_meter->acceptable();
    }

    bool validatePage() override
    {
        auto* w = qobject_cast<FirstRunWizard*>(wizard());
        if (w == nullptr)
            return false;
        const QString path = withSuffix(m_path->text());
        m_path->setText(path);
        const QFileInfo file(path);
        if (file.exists() || waymark::Casebook::exists(AppPaths::toPath(path))) {
            showError(tr("A file called %1 already exists. Choose another name, or go back and open it instead.")
                          .arg(file.fileName()));
            m_path->setFocus();
            return false;
        }
        if (!QDir().mkpath(file.absolutePath())) {
            showError(tr("The folder %1 cannot be created. Choose another place.")
                          .arg(QDir::toNativeSeparators(file.absolutePath())));
            m_path->setFocus();
            return false;
        }

        waymark::CreateOptions options;
        options.division = toStd(m_division->currentData().toString());
        options.displayName = toStd(m_displayName->text().trimmed());
        options.kdf = w->m_kdf;
        const QString user = m_user->text().trimmed();

        waymark::Result<std::unique_ptr<waymark::Casebook>> created =
            waymark::fail(waymark::ErrorCode::Internal, "not attempted");
        {
            const WaitCursor wait;
            try {
                const waymark::convert::SecretUtf8 password(m_password->text());
                created = waymark::Casebook::create(AppPaths::toPath(path), toStd(user), password.value(), options,
                                                    w->m_clock);
            } catch (const std::exception& e) {
                created = waymark::fail(waymark::ErrorCode::Internal, e.what());
            } catch (...) {
                created = waymark::fail(waymark::ErrorCode::Internal, "unknown exception");
            }
        }
        if (!created) {
            showError(messageFor(created.error()));
            return false;
        }
        m_error->hide();
        w->m_casebook = std::move(*created);
        w->m_outcome = FirstRunWizard::Outcome::Created;
        w->m_path = path;
        w->m_user = toQString(w->m_casebook->user().username);
        m_password->setText(QString()); // clear() would keep the text in the undo history
        m_confirm->setText(QString());
        return true;
    }

private:
    void onEdited()
    {
        m_error->hide();
        m_meter->setAccount(m_user->text(), m_displayName->text()); // updates the rules
        updateRule();
        Q_EMIT completeChanged();
    }

    // One sentence under the fields: the first rule not met (the meter's own words), or how
    // to choose one. A repeat not typed yet is not a problem.
    void updateRule()
    {
        QString text = tr("The password needs at least %1 characters. A short sentence is easy to remember.")
                           .arg(waymark::kMinPasswordLength);
        const bool typed = !m_password->text().isEmpty();
        const bool problem = typed && (!m_meter->rulesMet() ||
                                       (!m_confirm->text().isEmpty() && m_confirm->text() != m_password->text()));
        if (problem)
            text = m_meter->problem();
        m_rule->setText(text);
        m_rule->setStyleSheet(problem ? QStringLiteral("QLabel { color: %1; }").arg(Theme::current().errorBorder.name())
                                      : QString());
    }

    void showError(const QString& message)
    {
        m_error->setText(message);
        m_error->show();
    }

    // The core's English detail stays in logs; the user reads a translated sentence.
    QString messageFor(const waymark::Error& error)
    {
        if (error.code == waymark::ErrorCode::Validation && error.field == "username") {
            m_user->setFocus();
            return tr("Choose another user name: 2 to 64 letters (a–z), digits, dots, hyphens or underscores.");
        }
        if (error.code == waymark::ErrorCode::Validation && error.field == "password") {
            m_password->setFocus();
            return tr("Choose another password: this one is too common or contains the user name.");
        }
        return waymark::convert::errorMessage(error);
    }

    void browse()
    {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("New casebook"), m_path->text(), tr("Waymark casebooks (*.waymark)"));
        if (!chosen.isEmpty())
            m_path->setText(withSuffix(chosen));
    }

    QLineEdit* m_path = nullptr;
    QComboBox* m_division = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_rule = nullptr;
    PasswordMeter* m_meter = nullptr;
    QLabel* m_error = nullptr;
};

// ---------------------------------------------------------------------------------------

class FirstRunOpenPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunOpenPage(QWidget* parent = nullptr)
        : QWizardPage(parent)
    {
        setTitle(tr("Open an existing casebook"));
        setSubTitle(tr("Choose the casebook file. You sign in on the next screen."));

        auto* form = new QFormLayout(this);
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("openPath"));
        m_path->setAccessibleName(tr("Casebook file"));
        auto* browse = new QPushButton(tr("Br&owse…"), this);
        browse->setObjectName(QStringLiteral("openBrowseButton"));
        browse->setAccessibleName(tr("Choose a casebook file"));
        browse->setAutoDefault(false);
        auto* row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto* pathLabel = new QLabel(tr("&File:"), this);
        pathLabel->setBuddy(m_path);
        form->addRow(pathLabel, row);
        auto* hint = new QLabel(tr("The key file (.keys) must be in the same folder."), this);
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
        m_error = makeErrorLabel(this);
        form->addRow(m_error);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString start =
                m_path->text().isEmpty() ? QFileInfo(AppPaths::suggestedCasebookPath()).absolutePath() : m_path->text();
            const QString chosen = QFileDialog::getOpenFileName(this, tr("Open casebook"), start,
                                                                tr("Waymark casebooks (*.waymark);;All files (*)"));
            if (!chosen.isEmpty())
                m_path->setText(chosen);
        });
        connect(m_path, &QLineEdit::textChanged, this, [this] {
            m_error->hide();
            Q_EMIT completeChanged();
        });
        setFinalPage(true);
    }

    void initializePage() override { m_path->setFocus(); }

    bool isComplete() const override { return !m_path->text().trimmed().isEmpty(); }

    bool validatePage() override
    {
        auto* w = qobject_cast<FirstRunWizard*>(wizard());
        if (w == nullptr)
            return false;
        const QString path = m_path->text().trimmed();
        if (!QFileInfo::exists(path)) {
            showError(tr("There is no file at %1.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        // Not a casebook (a text file, a folder, an empty file), or no key file or another
        // casebook's beside it: said here, before the unlock screen asks for a password.
        if (const auto probed = waymark::Casebook::probe(AppPaths::toPath(path)); !probed) {
            showError(waymark::convert::errorMessage(probed.error()));
            return false;
        }
        w->m_outcome = FirstRunWizard::Outcome::OpenExisting;
        w->m_path = QFileInfo(path).absoluteFilePath();
        return true;
    }

private:
    void showError(const QString& message)
    {
        m_error->setText(message);
        m_error->show();
        m_path->setFocus();
    }

    QLineEdit* m_path = nullptr;
    QLabel* m_error = nullptr;
};

// ---------------------------------------------------------------------------------------

FirstRunWizard::FirstRunWizard(QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Welcome — Waymark"));
    setAccessibleName(tr("First start"));
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/waymark.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/waymark.svg")).pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    m_start = new FirstRunStartPage(this);
    m_create = new FirstRunCreatePage(this);
    m_open = new FirstRunOpenPage(this);
    setPage(StartPage, m_start);
    setPage(CreatePage, m_create);
    setPage(OpenPage, m_open);
    m_restore = new RestoreBackupPage(this);
    setPage(RestorePage, m_restore);
    setStartId(StartPage);

    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("&Quit"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Quit"));
    setMinimumSize(660, 480);
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::reject()
{
    if (m_restore != nullptr && currentPage() == m_restore) {
        if (m_restore->isRestoring()) {
            m_restore->cancelRestore(); // the page says so when the worker has stopped
            return;
        }
        if (m_restore->hasTypedInput() &&
            !discardquestion::ask(this, {tr("Leave without restoring?"),
                                         tr("What you typed on this page will be thrown away."), tr("&Leave"),
                                         tr("&Keep typing"), QStringLiteral("restoreLeaveQuestion")}))
            return;
    }
    QWizard::reject();
}

void FirstRunWizard::setSuggestedPath(const QString& path)
{
    m_create->setPath(path);
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case StartPage:
        if (m_start->demoChosen())
            return -1;
        if (m_start->restoreChosen())
            return RestorePage;
        return m_start->openChosen() ? OpenPage : CreatePage;
    default:
        return -1;
    }
}

std::unique_ptr<waymark::Casebook> FirstRunWizard::takeCasebook()
{
    return std::move(m_casebook);
}

#include "FirstRunWizard.moc"
