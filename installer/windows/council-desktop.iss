; Inno Setup script for Council Desktop (Inno Setup 6.3 or newer).
;
; Build the one-folder bundle first (make package, or: python -m PyInstaller --noconfirm
; build.spec), then from the repository root:
;     iscc installer\windows\council-desktop.iss
; The version comes from the executable's version resource, which build.spec generates from
; pyproject.toml, so nothing here needs editing for a release (/DAppVersion=x.y.z overrides).
; Output: dist\installer\council-desktop-<version>-setup.exe
;
; Silent install for IT (see docs/packaging.md):
;     council-desktop-1.0.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- /LOG="%TEMP%\council-desktop-setup.log"
; Per-user install without administrator rights: add /CURRENTUSER.  Uninstall silently:
;     "C:\Program Files\Council Desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#define AppName "Council Desktop"
#define AppExe "council-desktop.exe"
#define SourceDir "..\..\dist\council-desktop"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(SourceDir + "\" + AppExe, "ProductVersion")
#endif
#ifndef IconFile
  ; rendered from resources\icons\app.svg by build.spec (tools/make_icons.py)
  #define IconFile "..\..\build\build\icons\council-desktop.ico"
#endif

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{6B0E6C1E-3C64-4F2B-9B7E-0C0F1D002013}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Organization of Turkic States
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=council-desktop-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running Council Desktop first (its database must not be open).
CloseApplications=yes
RestartApplications=no
; Users' records live in their own folders (%LOCALAPPDATA%), never under {app}.
UsePreviousAppDir=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "tr"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries as a whole: no stale DLL from an older build stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
