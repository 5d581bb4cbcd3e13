<#
.SYNOPSIS
  Build AMP for Windows: the program folder dist\AMP and the installer
  dist\AMP-<version>-setup.exe.

.DESCRIPTION
  Run from anywhere on a Windows 10/11 x64 machine with
    - Python 3.11 or newer (python.org installer, "py" launcher on PATH), and
    - Inno Setup 6.3 or newer (https://jrsoftware.org/isinfo.php) for the installer.
  Steps: make .venv-windows and install AMP with its packaging extras, compile the
  Swedish translation, run PyInstaller on packaging\amp.spec (the same spec as on
  Linux and macOS), smoke-test the result with "AMP.exe --selftest", then compile
  packaging\windows\amp.iss with ISCC.  See docs\building.md.

.PARAMETER NoInstaller
  Build and test the folder only; skip Inno Setup.

.PARAMETER Python
  The Python launcher arguments to make the virtual environment (default "py -3.11").

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#>
param(
    [switch]$NoInstaller,
    [string]$Python = "py -3.11"
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

$Venv = Join-Path $Root ".venv-windows"
$Bin = Join-Path $Venv "Scripts"
if (-not (Test-Path (Join-Path $Bin "python.exe"))) {
    Write-Host "Making $Venv"
    $launcher, $launcherArgs = $Python -split " "
    & $launcher @launcherArgs -m venv $Venv
    if ($LASTEXITCODE -ne 0) { throw "could not make the virtual environment" }
}
& (Join-Path $Bin "python.exe") -m pip install --quiet --upgrade pip
& (Join-Path $Bin "python.exe") -m pip install --quiet -e ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$Version = & (Join-Path $Bin "python.exe") -c "import amp_desktop; print(amp_desktop.__version__)"
Write-Host "Building AMP $Version"

& (Join-Path $Bin "pyside6-lrelease.exe") resources\translations\amp_sv.ts -qm resources\translations\amp_sv.qm
if ($LASTEXITCODE -ne 0) { throw "pyside6-lrelease failed" }

& (Join-Path $Bin "pyinstaller.exe") --noconfirm --clean --distpath dist --workpath build packaging\amp.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# AMP.exe is a windowed program (no console): wait for it, and read its report from a file.
$Report = Join-Path $env:TEMP "amp-selftest.txt"
Remove-Item $Report -ErrorAction SilentlyContinue
$env:QT_QPA_PLATFORM = "offscreen"
$process = Start-Process -FilePath "dist\AMP\AMP.exe" -ArgumentList "--selftest", "--output", "`"$Report`"" -Wait -PassThru -NoNewWindow
Remove-Item Env:\QT_QPA_PLATFORM
if (Test-Path $Report) { Get-Content $Report | Write-Host }
if ($process.ExitCode -ne 0) { throw "the self-test of dist\AMP\AMP.exe failed ($($process.ExitCode))" }

if ($NoInstaller) {
    Write-Host "Done: dist\AMP"
    exit 0
}
$Iscc = @(
    (Get-Command ISCC.exe -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source),
    (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
    (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found; install it or use -NoInstaller" }
& $Iscc "/DAppVersion=$Version" packaging\windows\amp.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Done: dist\AMP and dist\AMP-$Version-setup.exe"
