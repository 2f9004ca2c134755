@echo off
rem SiapCAT: tangkap data PC lama (Windows XP/7/8) / capture an old PC (Windows XP/7/8).
rem PowerShell 2.0+ where it runs; when it is absent (Windows XP), blocked, or wrote nothing, the VBScript.
cd /d "%~dp0"
set "SIAPCAT_OUT=%~dp0%COMPUTERNAME%-siapcat.txt"
if exist "%SIAPCAT_OUT%" del "%SIAPCAT_OUT%" >nul 2>nul
where powershell >nul 2>nul
if %errorlevel%==0 powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0siapcat-capture.ps1" %*
if exist "%SIAPCAT_OUT%" goto done
cscript //nologo "%~dp0siapcat-capture.vbs" %*
:done
pause
