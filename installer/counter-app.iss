; Inno Setup script for the Schalterassistent (Counter Assistant).
;
; This is a template: build_installer.py fills in the @…@ values and writes the result to
; dist/counter-app.iss, next to the bundle folder dist/counter-app/ and the settings template
; dist/config.toml. Then, on Windows, with Inno Setup 6.3 or newer:
;
;     iscc dist\counter-app.iss          ->  dist\counter-app-setup-<version>.exe
;
; Silent rollout (per machine, into Program Files, needs administrator rights):
;
;     counter-app-setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Temp\counter-setup.log"
;     … /CONFIG="\\server\share\counter-app\config.toml"   also replaces the machine-wide settings
;
; Data folders (database, backups, letters, logs, models) belong to the users and are never
; touched by installing, updating or uninstalling; neither is %PROGRAMDATA%\CounterApp\config.toml.

#define AppName "Schalterassistent"
#define AppVersion "@APP_VERSION@"
#define BundleDir "@BUNDLE_DIR@"
#define ConfigTemplate "@CONFIG_TEMPLATE@"

[Setup]
; The AppId must never change: it is how a newer installer finds and replaces an older one.
AppId={{414E0B74-99E7-476F-B5C4-3CC38EA82811}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Fachdienst IT
DefaultDirName={autopf}\CounterApp
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per machine: Program Files, shortcuts for all users, settings in %PROGRAMDATA%.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=.
OutputBaseFilename=counter-app-setup-{#AppVersion}
; Models (~100 MB each) barely compress; lzma2 normal keeps the build fast enough.
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\counter-app.exe
UninstallDisplayName={#AppName}
; A running Schalterassistent is closed for the update; every click is already saved, nothing is lost.
CloseApplications=force
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "Verknüpfung auf dem Desktop anlegen"; Flags: unchecked

[InstallDelete]
; An update replaces the program files whole: a checklist or module dropped from the new version
; must not linger from the old one (the app loads every file in resources\content).
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\models"

[Dirs]
Name: "{commonappdata}\CounterApp"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The settings template is placed only where no settings file exists yet: IT's file is never overwritten.
Source: "{#ConfigTemplate}"; DestDir: "{commonappdata}\CounterApp"; DestName: "config.toml"; \
    Flags: onlyifdoesntexist uninsneveruninstall; Check: not ConfigGiven
; /CONFIG=FILE: IT hands over its own settings file; the previous one is kept as config.toml.bak.
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\CounterApp"; DestName: "config.toml"; \
    Flags: external ignoreversion uninsneveruninstall; Check: ConfigGiven; BeforeInstall: KeepPreviousConfig

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\counter-app.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\counter-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\counter-app.exe"; Description: "{#AppName} starten"; Flags: nowait postinstall skipifsilent

[Code]
function ConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:CONFIG|}') <> '';
end;

// A wrong /CONFIG path stops the setup before anything is installed (exit code 1), instead of
// rolling out a PC with the wrong settings.
function InitializeSetup: Boolean;
var
  Config: String;
begin
  Result := True;
  Config := ExpandConstant('{param:CONFIG|}');
  if (Config <> '') and not FileExists(Config) then
  begin
    Log('Settings file given with /CONFIG does not exist: ' + Config);
    SuppressibleMsgBox('Die Einstellungsdatei „' + Config + '“ (Parameter /CONFIG) wurde nicht gefunden. ' +
      'Die Installation wird abgebrochen.', mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

procedure KeepPreviousConfig;
var
  Target: String;
begin
  Target := ExpandConstant('{commonappdata}\CounterApp\config.toml');
  if FileExists(Target) then
  begin
    DeleteFile(Target + '.bak');
    if RenameFile(Target, Target + '.bak') then
      Log('Previous settings kept as ' + Target + '.bak');
  end;
end;
