# SiapCAT capture for PCs that cannot run the agent (Windows 7, 8, 8.1; PowerShell 2.0 or later).
# Reads this PC with WMI only (Get-WmiObject) and writes NAMAPC-siapcat.txt, the same file as
# siapcat-capture.vbs (use that one on Windows XP without PowerShell). Judge it on the hub
# (Pengaturan > PC lama) or with: siapcat agent check --role client --snapshot NAMAPC-siapcat.txt
# Run:  powershell -NoProfile -ExecutionPolicy Bypass -File siapcat-capture.ps1 [-Out FOLDER]
# It reads the machine only: it changes nothing and sends nothing anywhere.
param([string]$Out = '')
$ErrorActionPreference = 'Continue'
$MaxPerClass = 64
$lines = New-Object System.Collections.ArrayList

function Add-Line([string]$text) { [void]$lines.Add($text) }

function As-Text($value) {
  if ($value -eq $null) { return '' }
  if ($value -is [array]) { $text = (@($value | Select-Object -First 100) | ForEach-Object { "$_" }) -join ';' }
  else { $text = "$value" }
  $text = $text -replace "[`r`n]", ' '
  if ($text.Length -gt 1000) { $text = $text.Substring(0, 1000) }
  return $text
}

function Dump([string]$namespace, [string]$class, [string[]]$props, [string]$filterProp = '', [string[]]$keep = @()) {
  $count = 0
  $failed = ''
  try {
    $items = @(Get-WmiObject -Namespace $namespace -Class $class -ErrorAction Stop)
    foreach ($o in $items) {
      if ($filterProp -ne '' -and $keep -notcontains (As-Text $o.$filterProp).ToLower()) { continue }
      $count++
      if ($count -gt $MaxPerClass) { continue }
      Add-Line "[$class]"
      foreach ($p in $props) {
        $v = ''
        try { $v = As-Text $o.$p } catch { $v = '' }
        if ($v -ne '') { Add-Line "$p=$v" }
      }
    }
  } catch {
    $failed = As-Text $_.Exception.Message
    if ($failed -eq '') { $failed = 'failed' }
  }
  Add-Line '[Query]'
  Add-Line "Class=$class"
  if ($failed -ne '') { Add-Line "Error=$failed" } else { Add-Line "Count=$count" }
}

function Browser([string]$name, [string]$exe, [string[]]$candidates) {
  $paths = @()
  foreach ($key in @('HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\', 'HKCU:\SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\', 'HKLM:\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\App Paths\')) {
    $item = Get-ItemProperty -LiteralPath ($key + $exe) -ErrorAction SilentlyContinue
    if ($item -and $item.'(default)') { $paths += ([string]$item.'(default)').Trim('"') }
  }
  $paths += $candidates
  foreach ($p in $paths) {
    if ($p -and (Test-Path -LiteralPath $p)) {
      Add-Line '[Browser]'
      Add-Line "Name=$name"
      Add-Line ('Path=' + (As-Text $p))
      $version = (Get-Item -LiteralPath $p).VersionInfo.ProductVersion
      if ($version) { Add-Line ('Version=' + (As-Text $version)) }
      return
    }
  }
}

Add-Line 'SIAPCAT-CAPTURE 1'
Add-Line '[SiapCAT]'
Add-Line 'Tool=ps'
Add-Line 'ToolVersion=1'
Add-Line ('Script=' + $PSVersionTable.PSVersion)

Dump 'root\cimv2' 'Win32_OperatingSystem' @('Caption', 'Version', 'BuildNumber', 'CSDVersion', 'OSArchitecture', 'ProductType', 'TotalVisibleMemorySize', 'LocalDateTime', 'CSName')
Dump 'root\cimv2' 'Win32_ComputerSystem' @('Manufacturer', 'Model', 'TotalPhysicalMemory', 'SystemType', 'Name')
Dump 'root\cimv2' 'Win32_ComputerSystemProduct' @('Vendor', 'Name', 'UUID', 'IdentifyingNumber')
Dump 'root\cimv2' 'Win32_BIOS' @('Manufacturer', 'SerialNumber', 'SMBIOSBIOSVersion')
Dump 'root\cimv2' 'Win32_SystemEnclosure' @('ChassisTypes', 'Manufacturer')
Dump 'root\cimv2' 'Win32_Processor' @('Name', 'Manufacturer', 'MaxClockSpeed', 'NumberOfCores', 'NumberOfLogicalProcessors', 'AddressWidth', 'DeviceID')
Dump 'root\cimv2' 'Win32_PhysicalMemory' @('Capacity', 'BankLabel', 'DeviceLocator', 'MemoryType', 'SMBIOSMemoryType', 'FormFactor', 'PartNumber', 'Speed')
Dump 'root\cimv2' 'Win32_DiskDrive' @('Index', 'Model', 'Size', 'InterfaceType', 'MediaType', 'PNPDeviceID')
Dump 'root\Microsoft\Windows\Storage' 'MSFT_PhysicalDisk' @('DeviceId', 'FriendlyName', 'MediaType', 'BusType', 'Size')
Dump 'root\cimv2' 'Win32_NetworkAdapter' @('Index', 'Name', 'NetConnectionID', 'NetConnectionStatus', 'Speed', 'AdapterTypeId', 'PhysicalAdapter', 'MACAddress', 'PNPDeviceID')
Dump 'root\cimv2' 'Win32_NetworkAdapterConfiguration' @('Index', 'Description', 'IPAddress', 'IPSubnet', 'DefaultIPGateway')
Dump 'root\wmi' 'MSNdis_LinkSpeed' @('InstanceName', 'NdisLinkSpeed', 'Active')
Dump 'root\wmi' 'WmiMonitorBasicDisplayParams' @('InstanceName', 'MaxHorizontalImageSize', 'MaxVerticalImageSize', 'Active')
Dump 'root\wmi' 'WmiMonitorConnectionParams' @('InstanceName', 'VideoOutputTechnology', 'Active')
Dump 'root\cimv2' 'Win32_DesktopMonitor' @('Name', 'PNPDeviceID', 'ScreenWidth', 'ScreenHeight')
Dump 'root\cimv2' 'Win32_VideoController' @('Name', 'CurrentHorizontalResolution', 'CurrentVerticalResolution')
Dump 'root\cimv2' 'Win32_Battery' @('Name', 'DeviceID', 'Description', 'EstimatedChargeRemaining')
Dump 'root\cimv2' 'Win32_PointingDevice' @('Name', 'PNPDeviceID', 'Status')
Dump 'root\cimv2' 'Win32_Keyboard' @('Name', 'PNPDeviceID', 'Status')
Dump 'root\cimv2' 'Win32_PnPEntity' @('Name', 'PNPDeviceID', 'ClassGuid', 'Status', 'Service') 'ClassGuid' @('{ca3e7ab9-b4c3-4ae6-8251-579ef933890f}', '{6bdd1fc6-810f-11d0-bec7-08002be2092f}')

$pf86 = [Environment]::GetEnvironmentVariable('ProgramFiles(x86)')
Browser 'chrome' 'chrome.exe' @("$env:ProgramFiles\Google\Chrome\Application\chrome.exe", "$pf86\Google\Chrome\Application\chrome.exe", "$env:LOCALAPPDATA\Google\Chrome\Application\chrome.exe")
Browser 'firefox' 'firefox.exe' @("$env:ProgramFiles\Mozilla Firefox\firefox.exe", "$pf86\Mozilla Firefox\firefox.exe")
Add-Line '[Query]'
Add-Line 'Class=Browser'
Add-Line 'Count=done'
Add-Line '[End]'

$host_ = ($env:COMPUTERNAME -replace '[^A-Za-z0-9_-]', '')
if ($host_ -eq '') { $host_ = 'PC' }
if ($host_.Length -gt 60) { $host_ = $host_.Substring(0, 60) }
$folders = @()
if ($Out -ne '') { $folders += $Out } else { $folders += (Split-Path -Parent $MyInvocation.MyCommand.Path) }
$folders += [Environment]::GetFolderPath('Desktop')
foreach ($folder in $folders) {
  $path = Join-Path $folder "$host_-siapcat.txt"
  try {
    # UTF-16 with a byte-order mark, as the VBScript writes it.
    [IO.File]::WriteAllLines($path, [string[]]$lines.ToArray(), [Text.Encoding]::Unicode)
    Write-Host "Selesai: $path"
    Write-Host "Bawa berkas ini ke hub (Pengaturan > PC lama) atau: siapcat agent check --role client --snapshot `"$path`""
    Write-Host "Done: $path - judge it on the hub (Settings > Old PCs)."
    exit 0
  } catch { }
}
Write-Host "GAGAL: berkas tidak bisa ditulis ke $($folders -join ' maupun '). Pilih folder lain: -Out D:\"
Write-Host "FAILED: cannot write the file to $($folders -join ' nor '). Choose another folder: -Out D:\"
exit 4
