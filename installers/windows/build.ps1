# Build the Windows installer of Facilitator: a build venv, the PyInstaller bundle, then Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-Python py] [-NoInstaller]
#
# Needs Python 3.11+ (python.org or `py`), and Inno Setup 6.3+ (iscc.exe on PATH or in its default
# folder) for the installer. Output in installers\build\: dist\Facilitator\ (Facilitator.exe, windowed;
# facilitator-cli.exe, the same program with a console for `smoke` and the other commands) and
# facilitator-VERSION-windows-x64-setup.exe.
param(
    [string]$Python = "python",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
$Installers = Split-Path -Parent $PSScriptRoot
$Root = Split-Path -Parent $Installers
$Build = Join-Path $Installers "build"
$Venv = Join-Path $Build "venv"

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed with exit code $LASTEXITCODE" }
}

New-Item -ItemType Directory -Force -Path $Build | Out-Null
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
    Invoke-Checked "build venv $Venv" { & $Python -m venv $Venv }
}
$VenvPython = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked "pip install PyInstaller and facilitator" {
    & $VenvPython -m pip install --quiet -r (Join-Path $Installers "requirements-build.txt") $Root
}
if (-not (Test-Path (Join-Path $Root "resources\icons\facilitator.ico"))) {
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Checked "render icons" { & $VenvPython (Join-Path $Installers "icons\render_icons.py") }
}
Invoke-Checked "pyinstaller" {
    & $VenvPython -m PyInstaller --noconfirm --log-level WARN `
        --distpath (Join-Path $Build "dist") --workpath (Join-Path $Build "work") `
        (Join-Path $Installers "facilitator.spec")
}
if ($NoInstaller) { exit 0 }

$Version = & $VenvPython (Join-Path $Installers "bundle.py") version
$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found: install it (winget install JRSoftware.InnoSetup) or use -NoInstaller" }
Invoke-Checked "Inno Setup $Version" { & $Iscc "/DAppVersion=$Version" (Join-Path $PSScriptRoot "facilitator.iss") }
Write-Host "== done: $(Join-Path $Build "facilitator-$Version-windows-x64-setup.exe")"
