; 社区台账 Shequ — the Windows installer (Inno Setup 6).
;
;   iscc build_scripts\windows\shequ.iss                      (version read from dist\shequ\shequ.exe)
;   iscc /DAppVersion=0.1.0 build_scripts\windows\shequ.iss   (or given)
;
; Installs the PyInstaller folder dist\shequ\* for the current user only (no administrator
; rights: PrivilegesRequired=lowest) into %LOCALAPPDATA%\Programs\Shequ, with a Start menu entry
; 社区台账 and, if chosen, a desktop icon. Output: dist\installer\shequ-setup-<version>.exe.
;
; The Start menu entry, the desktop icon and the installer's last page start shequw.exe, the
; windowed executable (shequ.exe would open a black console window beside the app); shequ.exe is
; installed too, for the command line. File associations, for the current user (HKA = HKCU here,
; removed by the uninstaller): bundles (.shequ) open with shequw.exe "%1" (the app imports them,
; or hands them to its window already open: desktop/shell/single_instance.py); certificate files
; (.json) and returns (.pdf) get 社区台账 under "打开方式" only — their usual programs stay.
;
; THE USER'S DATA IS NEVER TOUCHED. The office database, its backups, the signing keys and the
; logs live in the data folder %LOCALAPPDATA%\Shequ (platformdirs: user_data_dir("Shequ")), which
; is NOT the program folder %LOCALAPPDATA%\Programs\Shequ. The installer writes nothing there and
; the uninstaller removes only what the installer put in {app}: [UninstallDelete] below lists
; nothing outside {app}, and must never list {localappdata}\Shequ or anything in it.
;
; Chinese (Simplified) wizard: Inno Setup ships no official ChineseSimplified.isl. If the unofficial
; translation (https://jrsoftware.org/files/istrans/ → ChineseSimplified.isl) is put next to this
; file it is used; otherwise Default.isl is used with the Chinese [Messages] below, which cover the
; pages of this installer and its uninstaller.
; This file is UTF-8 with a byte-order mark (Inno Setup reads it as Unicode); keep it so.

#ifndef AppVersion
  #define AppExe AddBackslash(SourcePath) + "..\..\dist\shequ\shequ.exe"
  #if FileExists(AppExe)
    #define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
  #else
    #error dist\shequ\shequ.exe not found: run pyinstaller build_scripts\shequ.spec first, or pass /DAppVersion=x.y.z
  #endif
#endif

#define AppName "社区台账"
#define AppPublisher "社区台账项目组"
; what the shortcuts, the last page and the file associations start: the windowed executable
; (shequ.exe, the command line, is installed beside it; the installer never starts it)
#define AppExeName "shequw.exe"

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{6D02C98C-DAF2-413D-9356-F779AE33DAF0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} 安装程序
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Shequ
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=shequ-setup-{#AppVersion}
SetupIconFile=shequ.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no
; the file associations below: Explorer is told they changed
ChangesAssociations=yes

[Languages]
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "chs"; MessagesFile: "compiler:Default.isl,ChineseSimplified.isl"
#else
Name: "chs"; MessagesFile: "compiler:Default.isl"
#endif

#if !FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
[Messages]
SetupAppTitle=安装
SetupWindowTitle=安装 - %1
UninstallAppTitle=卸载
UninstallAppFullTitle=卸载 %1
ButtonBack=< 上一步(&B)
ButtonNext=下一步(&N) >
ButtonInstall=安装(&I)
ButtonOK=确定
ButtonCancel=取消
ButtonYes=是(&Y)
ButtonYesToAll=全是(&A)
ButtonNo=否(&N)
ButtonNoToAll=全否(&O)
ButtonFinish=完成(&F)
ButtonBrowse=浏览(&R)...
ButtonWizardBrowse=浏览(&R)...
ButtonNewFolder=新建文件夹(&M)
ExitSetupTitle=退出安装
ExitSetupMessage=安装尚未完成。如果现在退出，程序将不会被安装。%n%n您可以以后再运行安装程序完成安装。%n%n确定退出安装吗？
WelcomeLabel1=欢迎使用 [name] 安装向导
WelcomeLabel2=将在您的电脑上安装 [name/ver]。%n%n建议在继续之前关闭其他应用程序。
WizardSelectDir=选择安装位置
SelectDirDesc=[name] 要安装到哪里？
SelectDirLabel3=安装程序将把 [name] 安装到下面的文件夹。
SelectDirBrowseLabel=点击“下一步”继续。如需选择其他文件夹，请点击“浏览”。
DiskSpaceGBLabel=至少需要 [gb] GB 的可用磁盘空间。
DiskSpaceMBLabel=至少需要 [mb] MB 的可用磁盘空间。
WizardSelectTasks=选择附加任务
SelectTasksDesc=要执行哪些附加任务？
SelectTasksLabel2=选择安装 [name] 时要执行的附加任务，然后点击“下一步”。
WizardReady=准备安装
ReadyLabel1=安装程序已准备好在您的电脑上安装 [name]。
ReadyLabel2a=点击“安装”开始安装；如需查看或更改设置，请点击“上一步”。
ReadyLabel2b=点击“安装”开始安装。
ReadyMemoDir=安装位置：
ReadyMemoTasks=附加任务：
WizardPreparing=正在准备安装
PreparingDesc=安装程序正在准备在您的电脑上安装 [name]。
ApplicationsFound=以下应用程序正在使用需要更新的文件。建议允许安装程序自动关闭这些应用程序。
ApplicationsFound2=以下应用程序正在使用需要更新的文件。建议允许安装程序自动关闭这些应用程序。安装完成后，安装程序将尝试重新启动它们。
CloseApplications=自动关闭应用程序(&A)
DontCloseApplications=不要关闭应用程序(&D)
WizardInstalling=正在安装
InstallingLabel=安装程序正在您的电脑上安装 [name]，请稍候。
StatusExtractFiles=正在解压文件...
StatusCreateIcons=正在创建快捷方式...
StatusRollback=正在撤销更改...
FinishedHeadingLabel=[name] 安装完成
FinishedLabelNoIcons=[name] 已安装在您的电脑上。
FinishedLabel=[name] 已安装在您的电脑上。可以通过已创建的快捷方式运行它。
ClickFinish=点击“完成”退出安装程序。
RunEntryExec=运行 %1
ConfirmUninstall=确定要卸载 %1 吗？%n%n只删除程序本身；您的数据（数据库、备份和密钥）不会被删除。
UninstallStatusLabel=正在从您的电脑上卸载 %1，请稍候。
UninstalledAll=%1 已从您的电脑上卸载。%n%n您的数据（数据库、备份和密钥）仍保留在原处。
UninstalledMost=%1 卸载完成。%n%n有些文件未能删除，可以手动删除。
ConfirmDeleteSharedFileTitle=删除共享文件？
SetupAlreadyRunning=安装程序已在运行。
WindowsVersionNotSupported=此程序不支持您电脑上运行的 Windows 版本。
ErrorCreatingDir=安装程序无法创建文件夹“%1”
ErrorTooManyFilesInDir=无法在文件夹“%1”中创建文件，因为其中的文件太多
SelectLanguageTitle=选择安装语言
SelectLanguageLabel=选择安装时使用的语言。

[CustomMessages]
AdditionalIcons=附加快捷方式：
CreateDesktopIcon=创建桌面快捷方式(&D)
LaunchProgram=运行 %1
UninstallProgram=卸载 %1
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole PyInstaller folder (shequw.exe, shequ.exe, _internal\ with Qt, fonts, translations, licences)
Source: "..\..\dist\shequ\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Registry]
; Per user (HKA is HKCU when installing without administrator rights); uninsdelete* removes each.
; .shequ: opened by 社区台账 (double-click).
Root: HKA; Subkey: "Software\Classes\.shequ"; ValueType: string; ValueName: ""; ValueData: "Shequ.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.shequ\OpenWithProgids"; ValueType: string; ValueName: "Shequ.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Shequ.Bundle"; ValueType: string; ValueName: ""; ValueData: "社区台账数据交换文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Shequ.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\Shequ.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
; <office>-certificate.json: 社区台账 under "打开方式" (a .json file keeps its usual program).
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "Shequ.Certificate"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Shequ.Certificate"; ValueType: string; ValueName: ""; ValueData: "社区台账证书文件"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Shequ.Certificate\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\Shequ.Certificate\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
; A return's PDF: 社区台账 under "打开方式" (核验报表; a PDF keeps its usual reader).
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "Shequ.ReturnPdf"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Shequ.ReturnPdf"; ValueType: string; ValueName: ""; ValueData: "社区台账报表"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Shequ.ReturnPdf\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
; The program as Explorer lists it under "打开方式".
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".shequ"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

[UninstallDelete]
; Only inside the program folder {app}. The data folder %LOCALAPPDATA%\Shequ (database, backups,
; keys, logs) is deliberately absent: uninstalling must leave the office's records where they are.
Type: dirifempty; Name: "{app}"
