import type { Layout } from './layout.js';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Windows command-line quoting of one argument (CommandLineToArgvW rules). */
export function winQuote(arg: string): string {
  if (arg !== '' && !/[\s"]/.test(arg)) return arg;
  return `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`;
}

/**
 * The scheduled task that runs an installed agent on Windows: at boot, as SYSTEM (S-1-5-18, named
 * by SID so it works in every Windows language), restarted every minute after a failure, no time
 * limit, one instance. A Windows service would need a program that speaks to the service manager
 * (node.exe does not: error 1053) or a wrapper such as WinSW/NSSM that is not on the npm registry;
 * a SYSTEM task needs nothing beyond the single file. Written UTF-16 with a BOM, as schtasks reads it.
 */
export function windowsTaskXml(layout: Layout, command: readonly string[], version: string): string {
  const [program, ...args] = command;
  return `<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>SiapCAT agent ${xml(version)}: kesiapan PC ujian CAT / CAT exam PC readiness</Description>
    <URI>\\${xml(layout.serviceName)}</URI>
  </RegistrationInfo>
  <Triggers>
    <BootTrigger>
      <Enabled>true</Enabled>
      <Delay>PT30S</Delay>
    </BootTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <UserId>S-1-5-18</UserId>
      <RunLevel>HighestAvailable</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <AllowHardTerminate>true</AllowHardTerminate>
    <StartWhenAvailable>true</StartWhenAvailable>
    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>
    <IdleSettings>
      <StopOnIdleEnd>false</StopOnIdleEnd>
      <RestartOnIdle>false</RestartOnIdle>
    </IdleSettings>
    <AllowStartOnDemand>true</AllowStartOnDemand>
    <Enabled>true</Enabled>
    <Hidden>false</Hidden>
    <RunOnlyIfIdle>false</RunOnlyIfIdle>
    <WakeToRun>false</WakeToRun>
    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>
    <Priority>7</Priority>
    <RestartOnFailure>
      <Interval>PT1M</Interval>
      <Count>999</Count>
    </RestartOnFailure>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>${xml(winQuote(program ?? layout.program))}</Command>
      <Arguments>${xml(args.map(winQuote).join(' '))}</Arguments>
      <WorkingDirectory>${xml(layout.stateDir)}</WorkingDirectory>
    </Exec>
  </Actions>
</Task>
`;
}

/** The XML as schtasks /XML wants the file: UTF-16 little-endian with a byte-order mark. */
export function utf16File(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf16le')]);
}

/**
 * icacls calls that leave a folder to SYSTEM (and, for the settings folder, Administrators) only:
 * inheritance removed, named by SID (language-independent), owner set to SYSTEM.
 */
export function aclCommands(layout: Layout): Array<{ file: string; args: string[] }> {
  const icacls = 'icacls.exe';
  return [
    { file: icacls, args: [layout.stateDir, '/inheritance:r', '/grant:r', '*S-1-5-18:(OI)(CI)F', '*S-1-5-32-544:(OI)(CI)F', '/Q'] },
    { file: icacls, args: [layout.keyDir, '/inheritance:r', '/grant:r', '*S-1-5-18:(OI)(CI)F', '/Q'] },
    { file: icacls, args: [layout.keyDir, '/setowner', '*S-1-5-18', '/T', '/Q'] },
  ];
}
