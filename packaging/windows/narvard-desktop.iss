; Inno Setup recipe for the Windows installer of Närvård Samverkan.
; Built on Windows from the PyInstaller folder dist\narvard-desktop\ (packaging/README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\narvard-desktop.iss
; Writes dist\narvard-desktop-<version>-setup.exe. Installs for the current user only (no
; administrator rights needed), with a Start-menu entry for the window and the console
; program narvard-desktop-cli.exe beside it. The user's data folder is never touched by
; installing, upgrading or uninstalling.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\narvard-desktop.iss
#endif

#define AppName "Närvård Samverkan"
#define BundleDir "..\..\dist\narvard-desktop"

[Setup]
; A fixed id: upgrades replace the earlier version instead of installing beside it.
AppId={{6C1F3C52-8E0B-4D7A-9A51-3F4C2B7E9D10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={localappdata}\Programs\Narvard Samverkan
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=narvard-desktop-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\narvard-desktop.ico
UninstallDisplayIcon={app}\narvard-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}

[Languages]
; Inno Setup ships no Swedish among its official translations, so the installer's own
; pages are in English; the program itself starts in Swedish. To have them in Swedish,
; put the community translation Swedish.isl beside this file and add:
;   Name: "swedish"; MessagesFile: "Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\narvard-desktop.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\narvard-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\narvard-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
