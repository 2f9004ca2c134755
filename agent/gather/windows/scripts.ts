/**
 * The agent's PowerShell probes. Each prints one JSON value (ConvertTo-Json -Compress) and reads
 * only the machine: no input from users or the network is ever placed in them. Recorded outputs
 * of each are in test/fixtures/windows/ and parsed by parse.ts.
 */

/** OS bitness and native architecture. */
export const PS_OS = `[pscustomobject]@{
  is64 = [Environment]::Is64BitOperatingSystem
  arch = $env:PROCESSOR_ARCHITECTURE
  arch6432 = $env:PROCESSOR_ARCHITEW6432
} | ConvertTo-Json -Compress`;

/** Processor name and MaxClockSpeed (the base clock, MHz). */
export const PS_CPU = `@(Get-CimInstance Win32_Processor | Select-Object Name, MaxClockSpeed) | ConvertTo-Json -Compress`;

/** Cameras: PnP devices of class Camera or Image (USB listings never show them). */
export const PS_WEBCAM = `@(Get-CimInstance Win32_PnPEntity -Filter "PNPClass = 'Camera' OR PNPClass = 'Image'" |
  Select-Object Name, PNPClass, Status, DeviceID, Service) | ConvertTo-Json -Compress`;

/**
 * Mice and keyboards with their container id: devices built into the computer share the
 * container {00000000-0000-0000-FFFF-FFFFFFFFFFFF}; a plugged-in device has its own.
 */
export const PS_INPUT = `@(Get-PnpDevice -PresentOnly -Class Mouse,Keyboard -ErrorAction SilentlyContinue | ForEach-Object {
  $c = (Get-PnpDeviceProperty -InstanceId $_.InstanceId -KeyName 'DEVPKEY_Device_ContainerId' -ErrorAction SilentlyContinue).Data
  [pscustomobject]@{ Class = $_.Class; Name = $_.FriendlyName; InstanceId = $_.InstanceId; Status = $_.Status; ContainerId = [string]$c }
}) | ConvertTo-Json -Compress`;

/** Chrome and Firefox: path from App Paths (machine and user) or the usual folders, version from the exe. */
export const PS_BROWSERS = `function Find-Exe($exe, $extra) {
  $candidates = @()
  foreach ($key in @('HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\', 'HKCU:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\', 'HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\App Paths\\')) {
    $v = (Get-ItemProperty -LiteralPath ($key + $exe) -ErrorAction SilentlyContinue).'(default)'
    if ($v) { $candidates += $v.Trim('"') }
  }
  $candidates += $extra
  foreach ($p in $candidates) {
    if ($p -and (Test-Path -LiteralPath $p)) {
      return [pscustomobject]@{ version = (Get-Item -LiteralPath $p).VersionInfo.ProductVersion; path = $p }
    }
  }
  return $null
}
[pscustomobject]@{
  chrome = Find-Exe 'chrome.exe' @("$env:ProgramFiles\\Google\\Chrome\\Application\\chrome.exe", "\${env:ProgramFiles(x86)}\\Google\\Chrome\\Application\\chrome.exe", "$env:LOCALAPPDATA\\Google\\Chrome\\Application\\chrome.exe")
  firefox = Find-Exe 'firefox.exe' @("$env:ProgramFiles\\Mozilla Firefox\\firefox.exe", "\${env:ProgramFiles(x86)}\\Mozilla Firefox\\firefox.exe")
} | ConvertTo-Json -Compress`;

/** Batteries as Windows lists them: a USB HID UPS appears here ("HID UPS Battery"), beside any laptop battery. */
export const PS_UPS = `@(Get-CimInstance Win32_Battery | Select-Object Name, DeviceID, EstimatedChargeRemaining, Description) | ConvertTo-Json -Compress`;
