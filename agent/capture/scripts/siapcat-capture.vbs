' SiapCAT capture for PCs that cannot run the agent (Windows XP, Vista, 7, 8).
' Reads this PC with WMI only (what Windows itself ships) and writes one text file,
' NAMAPC-siapcat.txt, to judge on the hub (Pengaturan > PC lama) or with
'   siapcat agent check --role client --snapshot NAMAPC-siapcat.txt
' Run:  cscript //nologo siapcat-capture.vbs [OUTPUT-FOLDER]
' It reads the machine only: it changes nothing and sends nothing anywhere.
Option Explicit
Const TOOL_VERSION = "1"
Const MAX_PER_CLASS = 64

Dim fso, shell, lines, cimv2
Set fso = CreateObject("Scripting.FileSystemObject")
Set shell = CreateObject("WScript.Shell")
lines = Array()

Sub Add(text)
  ReDim Preserve lines(UBound(lines) + 1)
  lines(UBound(lines)) = text
End Sub

' One value as text: arrays joined with ";", line breaks removed, nulls empty.
Function AsText(v)
  Dim out, i, lb, ub
  On Error Resume Next
  AsText = ""
  If IsArray(v) Then
    out = ""
    lb = 0
    ub = -1
    lb = LBound(v)
    ub = UBound(v)
    If Err.Number <> 0 Then ub = -1
    If ub - lb > 100 Then ub = lb + 100
    For i = lb To ub
      If i > lb Then out = out & ";"
      If Not IsNull(v(i)) Then out = out & CStr(v(i))
    Next
    AsText = out
  ElseIf Not IsNull(v) And Not IsEmpty(v) Then
    AsText = CStr(v)
  End If
  If Err.Number <> 0 Then AsText = ""
  Err.Clear
  AsText = Replace(Replace(AsText, vbCr, " "), vbLf, " ")
  If Len(AsText) > 1000 Then AsText = Left(AsText, 1000)
End Function

' A property by name, or Empty where this Windows does not have it (XP lacks many).
Function Prop(o, name)
  Dim v
  On Error Resume Next
  v = Empty
  v = o.Properties_.Item(name).Value
  If Err.Number <> 0 Then v = Empty
  Err.Clear
  Prop = v
End Function

'  Runs one WQL query and writes one [Class] section per instance (only those whose
' filterProp is among keep, when given), then [Query] with how it went.
Sub Dump(namespace, className, props, filterProp, keep)
  Dim svc, items, o, count, p, v, failed, wanted
  On Error Resume Next
  failed = ""
  Set svc = GetObject("winmgmts:{impersonationLevel=impersonate}!\\.\" & namespace)
  If Err.Number <> 0 Then
    failed = "namespace " & namespace & ": " & Err.Description & " (0x" & Hex(Err.Number) & ")"
    Err.Clear
  Else
    Set items = svc.ExecQuery("SELECT * FROM " & className)
    count = 0
    For Each o In items
      If Err.Number <> 0 Then Exit For
      wanted = True
      If filterProp <> "" Then wanted = InStr(1, keep, "|" & LCase(AsText(Prop(o, filterProp))) & "|") > 0
      If wanted Then count = count + 1
      If wanted And count <= MAX_PER_CLASS Then
        Add "[" & className & "]"
        For Each p In props
          v = ""
          v = AsText(Prop(o, p))
          If v <> "" Then Add p & "=" & v
        Next
      End If
      ' A failing enumerator must end the loop, not repeat it (seen under Wine).
      If count > 5000 Then Exit For
    Next
    If Err.Number <> 0 Then
      failed = Err.Description & " (0x" & Hex(Err.Number) & ")"
      Err.Clear
    End If
  End If
  Add "[Query]"
  Add "Class=" & className
  If failed <> "" Then
    Add "Error=" & AsText(failed)
  Else
    Add "Count=" & count
  End If
End Sub

' Chrome and Firefox: path from App Paths, else the usual folders; version from the exe.
Sub Browser(name, exe, candidates)
  Dim paths, p, key, v, version
  On Error Resume Next
  paths = Array()
  For Each key In Array("HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\", "HKCU\SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\", "HKLM\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\App Paths\")
    v = ""
    v = shell.RegRead(key & exe & "\")
    Err.Clear
    If v <> "" Then
      ReDim Preserve paths(UBound(paths) + 1)
      paths(UBound(paths)) = Replace(v, """", "")
    End If
  Next
  For Each p In candidates
    ReDim Preserve paths(UBound(paths) + 1)
    paths(UBound(paths)) = shell.ExpandEnvironmentStrings(p)
  Next
  For Each p In paths
    If fso.FileExists(p) Then
      version = ""
      version = fso.GetFileVersion(p)
      Err.Clear
      Add "[Browser]"
      Add "Name=" & name
      Add "Path=" & AsText(p)
      If version <> "" Then Add "Version=" & version
      Exit Sub
    End If
  Next
End Sub

Dim folder, host, path, file, i
Add "SIAPCAT-CAPTURE 1"
Add "[SiapCAT]"
Add "Tool=vbs"
Add "ToolVersion=" & TOOL_VERSION
Add "Script=" & WScript.Version

Dump "root\cimv2", "Win32_OperatingSystem", Array("Caption", "Version", "BuildNumber", "CSDVersion", "OSArchitecture", "ProductType", "TotalVisibleMemorySize", "LocalDateTime", "CSName"), "", ""
Dump "root\cimv2", "Win32_ComputerSystem", Array("Manufacturer", "Model", "TotalPhysicalMemory", "SystemType", "Name"), "", ""
Dump "root\cimv2", "Win32_ComputerSystemProduct", Array("Vendor", "Name", "UUID", "IdentifyingNumber"), "", ""
Dump "root\cimv2", "Win32_BIOS", Array("Manufacturer", "SerialNumber", "SMBIOSBIOSVersion"), "", ""
Dump "root\cimv2", "Win32_SystemEnclosure", Array("ChassisTypes", "Manufacturer"), "", ""
Dump "root\cimv2", "Win32_Processor", Array("Name", "Manufacturer", "MaxClockSpeed", "NumberOfCores", "NumberOfLogicalProcessors", "AddressWidth", "DeviceID"), "", ""
Dump "root\cimv2", "Win32_PhysicalMemory", Array("Capacity", "BankLabel", "DeviceLocator", "MemoryType", "SMBIOSMemoryType", "FormFactor", "PartNumber", "Speed"), "", ""
Dump "root\cimv2", "Win32_DiskDrive", Array("Index", "Model", "Size", "InterfaceType", "MediaType", "PNPDeviceID"), "", ""
Dump "root\Microsoft\Windows\Storage", "MSFT_PhysicalDisk", Array("DeviceId", "FriendlyName", "MediaType", "BusType", "Size"), "", ""
Dump "root\cimv2", "Win32_NetworkAdapter", Array("Index", "Name", "NetConnectionID", "NetConnectionStatus", "Speed", "AdapterTypeId", "PhysicalAdapter", "MACAddress", "PNPDeviceID"), "", ""
Dump "root\cimv2", "Win32_NetworkAdapterConfiguration", Array("Index", "Description", "IPAddress", "IPSubnet", "DefaultIPGateway"), "", ""
Dump "root\wmi", "MSNdis_LinkSpeed", Array("InstanceName", "NdisLinkSpeed", "Active"), "", ""
Dump "root\wmi", "WmiMonitorBasicDisplayParams", Array("InstanceName", "MaxHorizontalImageSize", "MaxVerticalImageSize", "Active"), "", ""
Dump "root\wmi", "WmiMonitorConnectionParams", Array("InstanceName", "VideoOutputTechnology", "Active"), "", ""
Dump "root\cimv2", "Win32_DesktopMonitor", Array("Name", "PNPDeviceID", "ScreenWidth", "ScreenHeight"), "", ""
Dump "root\cimv2", "Win32_VideoController", Array("Name", "CurrentHorizontalResolution", "CurrentVerticalResolution"), "", ""
Dump "root\cimv2", "Win32_Battery", Array("Name", "DeviceID", "Description", "EstimatedChargeRemaining"), "", ""
Dump "root\cimv2", "Win32_PointingDevice", Array("Name", "PNPDeviceID", "Status"), "", ""
Dump "root\cimv2", "Win32_Keyboard", Array("Name", "PNPDeviceID", "Status"), "", ""
Dump "root\cimv2", "Win32_PnPEntity", Array("Name", "PNPDeviceID", "ClassGuid", "Status", "Service"), "ClassGuid", "|{ca3e7ab9-b4c3-4ae6-8251-579ef933890f}|{6bdd1fc6-810f-11d0-bec7-08002be2092f}|"

Browser "chrome", "chrome.exe", Array("%ProgramFiles%\Google\Chrome\Application\chrome.exe", "%ProgramFiles(x86)%\Google\Chrome\Application\chrome.exe", "%LOCALAPPDATA%\Google\Chrome\Application\chrome.exe", "%USERPROFILE%\Local Settings\Application Data\Google\Chrome\Application\chrome.exe")
Browser "firefox", "firefox.exe", Array("%ProgramFiles%\Mozilla Firefox\firefox.exe", "%ProgramFiles(x86)%\Mozilla Firefox\firefox.exe")
Add "[Query]"
Add "Class=Browser"
Add "Count=done"
Add "[End]"

' The file is named after the PC, with only letters, digits, "-" and "_" kept.
Function SafeName(text)
  Dim k, c
  SafeName = ""
  For k = 1 To Len(text)
    c = Mid(text, k, 1)
    If (c >= "A" And c <= "Z") Or (c >= "a" And c <= "z") Or (c >= "0" And c <= "9") Or c = "-" Or c = "_" Then SafeName = SafeName & c
  Next
  If SafeName = "" Then SafeName = "PC"
  SafeName = Left(SafeName, 60)
End Function
host = SafeName(shell.ExpandEnvironmentStrings("%COMPUTERNAME%"))
If WScript.Arguments.Count > 0 Then
  folder = WScript.Arguments(0)
Else
  folder = fso.GetParentFolderName(WScript.ScriptFullName)
End If

' Unicode (UTF-16) so any name survives; a read-only USB stick falls back to the Desktop.
Function Save(dir)
  Dim f
  On Error Resume Next
  Save = ""
  path = fso.BuildPath(dir, host & "-siapcat.txt")
  Set f = fso.CreateTextFile(path, True, True)
  If Err.Number <> 0 Then
    Err.Clear
    Exit Function
  End If
  For i = 0 To UBound(lines)
    f.WriteLine lines(i)
  Next
  f.Close
  If Err.Number = 0 Then Save = path
  Err.Clear
End Function

file = Save(folder)
If file = "" Then file = Save(shell.SpecialFolders("Desktop"))
If file = "" Then
  WScript.Echo "GAGAL: berkas tidak bisa ditulis ke " & folder & " maupun Desktop. Pilih folder lain: cscript //nologo siapcat-capture.vbs D:\"
  WScript.Echo "FAILED: cannot write the file to " & folder & " nor the Desktop. Choose another folder: cscript //nologo siapcat-capture.vbs D:\"
  WScript.Quit 4
End If
WScript.Echo "Selesai: " & file
WScript.Echo "Bawa berkas ini ke hub (Pengaturan > PC lama) atau: siapcat agent check --role client --snapshot """ & file & """"
WScript.Echo "Done: " & file & " - judge it on the hub (Settings > Old PCs)."
WScript.Quit 0
