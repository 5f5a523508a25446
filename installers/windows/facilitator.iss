; Inno Setup script of the Windows installer of Facilitator (Inno Setup 6.3 or newer).
;
;   iscc /DAppVersion=X.Y.Z installers\windows\facilitator.iss     (installers\windows\build.ps1 does it all)
;
; It packs the PyInstaller bundle installers\build\dist\Facilitator\ into
; installers\build\facilitator-VERSION-windows-x64-setup.exe, which installs per user without admin
; rights (in %LOCALAPPDATA%\Programs\Facilitator), adds a Start-menu entry, opens .facilitator files
; with the app, and uninstalls cleanly. The user's session files (wherever they saved them) and the
; app's data folder (%LOCALAPPDATA%\Facilitator: logs and backups) are never touched by the uninstaller:
; it removes only what it installed.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (it is __version__ in src\facilitator\__init__.py)
#endif
#define AppName "Facilitator"
#define AppExe "Facilitator.exe"
#define ProgId "Facilitator.Session"

[Setup]
AppId={{53AC9A9E-A43C-40E4-A461-3DE7FAFAC351}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Facilitator developers
AppComments=Run a participation meeting offline, from one laptop at the venue.
VersionInfoVersion={#AppVersion}
; Per user, no admin rights: {autopf} becomes %LOCALAPPDATA%\Programs, HKA becomes HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\facilitator.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\build
OutputBaseFilename=facilitator-{#AppVersion}-windows-x64-setup
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\build\dist\Facilitator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's bundled libraries, so no stale file of an older version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .facilitator file type, for this user (HKA = HKCU in a per-user install); removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.facilitator"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.facilitator"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-facilitator"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.facilitator\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Facilitator session"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".facilitator"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only the files it installed, never the
; user's session files or %LOCALAPPDATA%\Facilitator.
