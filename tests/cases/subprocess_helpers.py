# check_output/call/getoutput, env, cwd, executable, fds, sessions, list2cmdline.
import os
import subprocess

print(subprocess.check_output(['echo', 'out']))
print(subprocess.check_output('echo a; echo b >&2', shell=True, stderr=subprocess.STDOUT))
print(repr(subprocess.check_output(['cat'], input='in', text=True)))
print(subprocess.check_output(['cat'], input=None), repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.check_call(['true']))
print(subprocess.call('exit 3', shell=True), subprocess.check_call(args=['true']))

print(subprocess.getoutput('echo hello; echo there'))
print(subprocess.getstatusoutput('echo out; echo err >&2; exit 4'))
print(subprocess.getstatusoutput('nope_no_such_command_x 2>/dev/null'))
print(subprocess.getstatusoutput('true'))
print(repr(subprocess.getoutput('printf "no newline"')))

# environment, working directory
env = {'FOO': 'bar', 'PATH': os.environ.get('PATH', '/bin:/usr/bin')}
print(subprocess.run(['sh', '-c', 'echo $FOO-$HOME-'], env=env, capture_output=True).stdout)
print(subprocess.run(['env'], env={}, capture_output=True, executable='/usr/bin/env').stdout)
os.environ['BATON_SUBPROCESS_CASE'] = 'inherited'
print(subprocess.run('echo $BATON_SUBPROCESS_CASE', shell=True, capture_output=True).stdout)
print(subprocess.run(['pwd'], cwd='/', capture_output=True).stdout)
print(subprocess.run(['pwd'], cwd=b'/tmp', capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'pwd'], cwd='..', capture_output=True).stdout.endswith(b'tests\n'))

# executable replaces the program while argv[0] stays
print(subprocess.run(['whatever', 'arg'], executable='echo', capture_output=True).stdout)
print(subprocess.run('echo $0', shell=True, executable='/bin/sh', capture_output=True).stdout)
print(subprocess.run([b'echo', b'bytes args'], capture_output=True).stdout)

# descriptors: pass_fds keeps one open, close_fds closes the rest
r, w = os.pipe()
subprocess.run(['sh', '-c', 'echo passed >&%d' % w], pass_fds=[w])
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.set_inheritable(w, True)
res = subprocess.run(['sh', '-c', 'echo x >&%d' % w], capture_output=True)
print(res.returncode != 0, res.stderr != b'')
res = subprocess.run(['sh', '-c', 'echo kept >&%d' % w], close_fds=False)
os.close(w)
print(os.read(r, 100))
os.close(r)

# a new session: the child leads it
out = subprocess.run(['sh', '-c', 'ps -o sid= -p $$; echo $$'], start_new_session=True,
                     capture_output=True, text=True).stdout.split()
print(out[0] == out[1])
out = subprocess.run(['sh', '-c', 'ps -o sid= -p $$; echo $$'],
                     capture_output=True, text=True).stdout.split()
print(out[0] == out[1])
print(subprocess.run(['sh', '-c', 'umask'], umask=0o27, capture_output=True).stdout)

print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', 'f\\\\"g', '', 'h\\ i', 'plain', 'tab\there']))
print(subprocess.list2cmdline([]), subprocess.list2cmdline(['a\\\\b c\\\\']))
