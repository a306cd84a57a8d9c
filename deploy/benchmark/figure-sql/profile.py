# Times each query of a file (queries separated by ";\n", a "-- name" line first) inside MariaDB with SET profiling:
#   python3 deploy/benchmark/figure-sql/profile.py deploy/benchmark/figure-sql/after.sql 6
# the first of the N runs is a warm-up; prints the median and the slowest of the rest. Socket: /tmp/bench-mariadb.sock
# (docs/performance.md, "Fast figures at 1,000,001 ledger rows", shows how to start MariaDB alone on the benchmark's data).
import subprocess,sys,re
M=[".bench/mariadb/base/bin/mariadb","--skip-ssl","-uroot","-S","/tmp/bench-mariadb.sock","crm_reporting","-N","-B"]
qs=[q.strip() for q in open(sys.argv[1]).read().split(';\n') if q.strip()]
rep=int(sys.argv[2])
for q in qs:
    name=q.splitlines()[0]; sql="\n".join(l for l in q.splitlines() if not l.startswith('--')).rstrip(';')
    parts=[p for p in sql.split('; ') if p.strip()]
    script="set profiling=1; set profiling_history_size=100;\n" + "".join((p+";\n") for _ in range(rep) for p in parts) + "show profiles;\n"
    out=subprocess.run(M+["-e",script],capture_output=True,text=True).stdout.splitlines()
    durs=[float(l.split('\t')[1]) for l in out if re.match(r'^\d+\t[0-9.]+\t',l)]
    durs=durs[-rep*len(parts):]
    per=[sum(durs[i*len(parts):(i+1)*len(parts)]) for i in range(rep)]
    per=per[1:]; per.sort()
    print("%-80s median %7.1f ms  max %7.1f ms" % (name[:80], per[len(per)//2]*1000, per[-1]*1000))
