; Huntbook's Windows installer (NSIS 3): per user, no administrator rights, into
; %LOCALAPPDATA%\Programs\Huntbook. packaging/windows/build.sh runs makensis with
; the defines below; `make package-windows` runs that.
;
; Adapted from the installer template of Wails v2.16.0 (project.nsi and
; wails_tools.nsh in github.com/wailsapp/wails, v2/pkg/buildassets/build/windows/
; installer; MIT licence, Copyright (c) 2018-Present Lea Anthony): the Windows 10
; and architecture check and the WebView2 runtime step, which runs the Evergreen
; bootstrapper that Wails ships (internal/webview2runtime) when no WebView2 runtime
; is installed yet.
;
; Defines (makensis -DNAME=VALUE):
;   VERSION          numeric MAJOR.MINOR.PATCH (VIProductVersion)
;   DISPLAY_VERSION  the package version shown in Apps & features
;   BIN_DIR          folder with huntbook.exe, huntbook-desktop.exe and the host
;                    manifests app.huntbook.host.chromium.json / .firefox.json
;   ICON             the .ico for the installer and the shortcut
;   WEBVIEW2_SETUP   MicrosoftEdgeWebview2Setup.exe
;   OUT_FILE         the installer to write

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel user

!define PRODUCT "Huntbook"
!define PUBLISHER "Huntbook contributors"
!define HOST "app.huntbook.host"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Huntbook"
!define WEBVIEW2_GUID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "WinVer.nsh"
!include "FileFunc.nsh"

Name "${PRODUCT}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "Software\${PRODUCT}" "InstallDir"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${PRODUCT} Installer"
VIAddVersionKey "ProductVersion" "${DISPLAY_VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "Huntbook contributors"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\huntbook-desktop.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Open Huntbook"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; The browsers that read a host manifest named in HKCU\<key>\NativeMessagingHosts.
!macro HostKeys MACRO
  !insertmacro ${MACRO} "Software\Google\Chrome" "chromium"
  !insertmacro ${MACRO} "Software\Chromium" "chromium"
  !insertmacro ${MACRO} "Software\Microsoft\Edge" "chromium"
  !insertmacro ${MACRO} "Software\Mozilla" "firefox"
!macroend

!macro RegisterHost KEY KIND
  WriteRegStr HKCU "${KEY}\NativeMessagingHosts\${HOST}" "" "$INSTDIR\${HOST}.${KIND}.json"
!macroend

; Removes a browser's key only while it still names this installation's
; manifest (`huntbook browser install` may have pointed it elsewhere since).
!macro UnregisterHost KEY KIND
  ReadRegStr $0 HKCU "${KEY}\NativeMessagingHosts\${HOST}" ""
  ${If} $0 == "$INSTDIR\${HOST}.${KIND}.json"
    DeleteRegKey HKCU "${KEY}\NativeMessagingHosts\${HOST}"
  ${EndIf}
!macroend

Function .onInit
  SetShellVarContext current
  SetRegView 64
  ${IfNot} ${AtLeastWin10}
    IfSilent +2
    MessageBox MB_OK|MB_ICONSTOP "${PRODUCT} needs Windows 10 or later."
    SetErrorLevel 64
    Quit
  ${EndIf}
  ${IfNot} ${IsNativeAMD64}
    IfSilent +2
    MessageBox MB_OK|MB_ICONSTOP "This installer is for 64-bit Intel and AMD processors (x64)."
    SetErrorLevel 65
    Quit
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext current
  SetRegView 64
FunctionEnd

; The WebView2 runtime (Windows 11 has it; Windows 10 may not): the
; Evergreen bootstrapper downloads and installs it, as Wails' installer does.
Function InstallWebView2
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${If} $0 != ""
  ${AndIf} $0 != "0.0.0.0"
    Return
  ${EndIf}
  ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${If} $0 != ""
  ${AndIf} $0 != "0.0.0.0"
    Return
  ${EndIf}
  DetailPrint "Installing the Microsoft Edge WebView2 runtime"
  InitPluginsDir
  SetOutPath "$PLUGINSDIR\webview2"
  File "/oname=MicrosoftEdgeWebview2Setup.exe" "${WEBVIEW2_SETUP}"
  ExecWait '"$PLUGINSDIR\webview2\MicrosoftEdgeWebview2Setup.exe" /silent /install' $1
  ${If} $1 != 0
    DetailPrint "The WebView2 runtime was not installed (exit code $1): Huntbook's window needs it"
  ${EndIf}
FunctionEnd

Section "Huntbook"
  Call InstallWebView2

  SetOutPath "$INSTDIR"
  File "${BIN_DIR}\huntbook.exe"
  File "${BIN_DIR}\huntbook-desktop.exe"
  ; Host manifests name huntbook.exe relative to their own folder.
  File "${BIN_DIR}\${HOST}.chromium.json"
  File "${BIN_DIR}\${HOST}.firefox.json"
  !insertmacro HostKeys RegisterHost

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\huntbook-desktop.exe" "" "$INSTDIR\huntbook-desktop.exe" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${PRODUCT}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${DISPLAY_VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\huntbook-desktop.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "URLInfoAbout" "https://github.com/huntbook/huntbook"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

; The data (%AppData%\Huntbook) stays: the uninstaller removes the programs,
; the shortcut, the browsers' keys and the window's WebView2 cache only.
Section "Uninstall"
  !insertmacro HostKeys UnregisterHost
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$INSTDIR\huntbook.exe"
  Delete "$INSTDIR\huntbook-desktop.exe"
  Delete "$INSTDIR\${HOST}.chromium.json"
  Delete "$INSTDIR\${HOST}.firefox.json"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$APPDATA\huntbook-desktop.exe"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\${PRODUCT}"
SectionEnd
