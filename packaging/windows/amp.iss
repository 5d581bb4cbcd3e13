; Inno Setup 6 script: the Windows installer for AMP, from the PyInstaller folder dist\AMP.
;
; Built by packaging\build-windows.ps1, which passes the version from the package:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\amp.iss
; Paths are relative to this file.  The installer goes to dist\AMP-<version>-setup.exe.
; It installs per user by default (no administrator needed), or for all users when
; the user picks that in the first dialog; it adds a Start-menu entry, an optional
; desktop icon, and opens .amp catalogues with AMP.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "AMP"
#define AppExe "AMP.exe"
#define Root "..\.."

[Setup]
AppId={{6C1F3F5E-2B7A-4C8E-9A55-3E0D5B7A1A42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AMP
AppComments=The programme catalogue and capacity planning of a labour-market unit
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=AMP-{#AppVersion}-setup
SetupIconFile={#Root}\build\amp\icons\amp.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[CustomMessages]
en.OpenWith=Open AMP catalogues (.amp) with AMP
en.Catalogue=AMP catalogue
#if FileExists(CompilerPath + "Languages\Swedish.isl")
sv.OpenWith=Öppna AMP-kataloger (.amp) med AMP
sv.Catalogue=AMP-katalog
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "{cm:OpenWith}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\AMP\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.amp\OpenWithProgids"; ValueType: string; ValueName: "AMP.Catalogue"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\AMP.Catalogue"; ValueType: string; ValueName: ""; ValueData: "{cm:Catalogue}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\AMP.Catalogue\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\AMP.Catalogue\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
