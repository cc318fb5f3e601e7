# Generated from start_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit.

from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_StartDialog(object):
    def setupUi(self, StartDialog):
        if not StartDialog.objectName():
            StartDialog.setObjectName(u"StartDialog")
        StartDialog.resize(460, 340)
        self.layout = QVBoxLayout(StartDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(StartDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(StartDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.birth_label = QLabel(StartDialog)
        self.birth_label.setObjectName(u"birth_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birth_label)

        self.date_of_birth = QLineEdit(StartDialog)
        self.date_of_birth.setObjectName(u"date_of_birth")
        self.date_of_birth.setMaxLength(10)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_of_birth)

        self.nationality_label = QLabel(StartDialog)
        self.nationality_label.setObjectName(u"nationality_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nationality_label)

        self.nationality = QComboBox(StartDialog)
        self.nationality.setObjectName(u"nationality")
        self.nationality.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nationality)

        self.file_number_label = QLabel(StartDialog)
        self.file_number_label.setObjectName(u"file_number_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.file_number_label)

        self.file_number = QLineEdit(StartDialog)
        self.file_number.setObjectName(u"file_number")
        self.file_number.setMaxLength(60)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.file_number)

        self.matter_label = QLabel(StartDialog)
        self.matter_label.setObjectName(u"matter_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.matter_label)

        self.matter = QComboBox(StartDialog)
        self.matter.setObjectName(u"matter")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.matter)

        self.language_label = QLabel(StartDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(StartDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.language)


        self.layout.addLayout(self.form)

        self.error = QLabel(StartDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(StartDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.birth_label.setBuddy(self.date_of_birth)
        self.nationality_label.setBuddy(self.nationality)
        self.file_number_label.setBuddy(self.file_number)
        self.matter_label.setBuddy(self.matter)
        self.language_label.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.date_of_birth)
        QWidget.setTabOrder(self.date_of_birth, self.nationality)
        QWidget.setTabOrder(self.nationality, self.file_number)
        QWidget.setTabOrder(self.file_number, self.matter)
        QWidget.setTabOrder(self.matter, self.language)

        self.retranslateUi(StartDialog)
    # setupUi

    def retranslateUi(self, StartDialog):
        StartDialog.setWindowTitle(QCoreApplication.translate("StartDialog", u"Neues Gespr\u00e4ch", None))
#if QT_CONFIG(accessibility)
        StartDialog.setAccessibleName(QCoreApplication.translate("StartDialog", u"Neues Gespr\u00e4ch beginnen", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("StartDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("StartDialog", u"Name der Kundin oder des Kunden", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("StartDialog", u"Nachname, Vorname", None))
        self.birth_label.setText(QCoreApplication.translate("StartDialog", u"&Geburtsdatum:", None))
#if QT_CONFIG(accessibility)
        self.date_of_birth.setAccessibleName(QCoreApplication.translate("StartDialog", u"Geburtsdatum (TT.MM.JJJJ)", None))
#endif // QT_CONFIG(accessibility)
        self.date_of_birth.setPlaceholderText(QCoreApplication.translate("StartDialog", u"TT.MM.JJJJ", None))
        self.nationality_label.setText(QCoreApplication.translate("StartDialog", u"Staats&angeh\u00f6rigkeit:", None))
#if QT_CONFIG(accessibility)
        self.nationality.setAccessibleName(QCoreApplication.translate("StartDialog", u"Staatsangeh\u00f6rigkeit", None))
#endif // QT_CONFIG(accessibility)
        self.file_number_label.setText(QCoreApplication.translate("StartDialog", u"Akten&zeichen:", None))
#if QT_CONFIG(accessibility)
        self.file_number.setAccessibleName(QCoreApplication.translate("StartDialog", u"Aktenzeichen", None))
#endif // QT_CONFIG(accessibility)
        self.matter_label.setText(QCoreApplication.translate("StartDialog", u"&Anliegen:", None))
#if QT_CONFIG(accessibility)
        self.matter.setAccessibleName(QCoreApplication.translate("StartDialog", u"Anliegen (Checkliste)", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("StartDialog", u"&Sprache der Kundin/des Kunden:", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("StartDialog", u"Sprache der Kundin oder des Kunden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error.setAccessibleName(QCoreApplication.translate("StartDialog", u"Fehlermeldung", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

