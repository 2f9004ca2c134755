@echo off
rem SiapCAT: tangkap data PC lama (Windows XP/7/8) / capture an old PC (Windows XP/7/8).
rem PowerShell 2.0+ where it runs; otherwise (Windows XP, PowerShell blocked) the VBScript.
cd /d "%~dp0"
where powershell >nul 2>nul
if %errorlevel%==0 (
  powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0siapcat-capture.ps1" %*
  if not errorlevel 1 goto done
)
cscript //nologo "%~dp0siapcat-capture.vbs" %*
:done
pause
