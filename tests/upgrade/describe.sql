-- A canonical description of everything the pg_phi extension owns in this
-- database, one line per property: run on a database upgraded with
-- ALTER EXTENSION pg_phi UPDATE and on a fresh CREATE EXTENSION, the two
-- outputs must be identical (tests/upgrade/run.sh diffs them).
\pset format unaligned
\pset tuples_only on
\pset footer off

-- every object that belongs to the extension
SELECT 'member ' || pg_describe_object(d.classid, d.objid, d.objsubid)
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass
 WHERE e.extname = 'pg_phi' AND d.deptype = 'e'
 ORDER BY 1;

-- tables pg_dump dumps, and with what condition
SELECT 'config ' || c::regclass::text || ' ' || coalesce(cond, '')
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS u(c, cond)
 WHERE e.extname = 'pg_phi'
 ORDER BY 1;

-- functions and procedures: signature, result, every attribute, body, ACL
-- (ACL items sorted; a default ACL compares equal to the same privileges
-- granted explicitly)
SELECT 'function ' || p.oid::regprocedure::text
       || ' kind=' || p.prokind::text
       || ' args=' || pg_get_function_arguments(p.oid)
       || ' returns=' || coalesce(pg_get_function_result(p.oid), '')
       || ' lang=' || l.lanname
       || ' vol=' || p.provolatile::text || ' strict=' || p.proisstrict
       || ' par=' || p.proparallel::text || ' secdef=' || p.prosecdef
       || ' leakproof=' || p.proleakproof
       || ' cost=' || p.procost || ' rows=' || p.prorows
       || ' config=' || coalesce(p.proconfig::text, '')
       || ' acl=' || (SELECT string_agg(x::text, ',' ORDER BY x::text)
                        FROM unnest(coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))) x)
       || ' bin=' || coalesce(p.probin, '')
       || ' comment=' || coalesce(obj_description(p.oid, 'pg_proc'), '')
       || E'\n  body=' || p.prosrc
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'phi'::regnamespace
 ORDER BY p.oid::regprocedure::text;

-- relations: kind, ACL, comment, columns, constraints, indexes, triggers,
-- view definitions
SELECT 'relation ' || c.oid::regclass::text || ' kind=' || c.relkind::text
       || ' acl=' || (SELECT string_agg(x::text, ',' ORDER BY x::text)
                        FROM unnest(coalesce(c.relacl, pg_catalog.acldefault('r', c.relowner))) x)
       || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '')
  FROM pg_class c
 WHERE c.relnamespace = 'phi'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p', 'S')
 ORDER BY 1;
SELECT 'column ' || a.attrelid::regclass::text || '.' || a.attname
       || ' ' || format_type(a.atttypid, a.atttypmod)
       || ' notnull=' || a.attnotnull
       || ' default=' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), '')
       || ' acl=' || coalesce(a.attacl::text, '')
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
 WHERE c.relnamespace = 'phi'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p')
   AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attrelid::regclass::text, a.attnum;
SELECT 'constraint ' || conrelid::regclass::text || ' ' || pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace = 'phi'::regnamespace AND conrelid <> 0
 ORDER BY 1;
SELECT 'index ' || pg_get_indexdef(indexrelid)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
 WHERE c.relnamespace = 'phi'::regnamespace
 ORDER BY 1;
SELECT 'trigger ' || pg_get_triggerdef(t.oid)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 WHERE c.relnamespace = 'phi'::regnamespace AND NOT t.tgisinternal
 ORDER BY 1;
SELECT 'view ' || c.oid::regclass::text || E'\n' || pg_get_viewdef(c.oid)
  FROM pg_class c WHERE c.relnamespace = 'phi'::regnamespace AND c.relkind = 'v'
 ORDER BY 1;

-- types and casts
SELECT 'type ' || t.oid::regtype::text || ' input=' || t.typinput::text || ' output=' || t.typoutput::text
       || ' receive=' || t.typreceive::text || ' send=' || t.typsend::text
       || ' len=' || t.typlen || ' storage=' || t.typstorage::text || ' category=' || t.typcategory::text
       || ' comment=' || coalesce(obj_description(t.oid, 'pg_type'), '')
  FROM pg_type t WHERE t.typnamespace = 'phi'::regnamespace AND t.typtype = 'b'
 ORDER BY 1;
SELECT 'cast ' || castsource::regtype::text || ' -> ' || casttarget::regtype::text
       || ' context=' || castcontext::text || ' method=' || castmethod::text
  FROM pg_cast
 WHERE castsource::regtype::text LIKE 'phi.%' OR casttarget::regtype::text LIKE 'phi.%'
 ORDER BY 1;

-- the schema and the seeded rows
SELECT 'schema acl=' || coalesce(nspacl::text, '') || ' comment=' || coalesce(obj_description(oid, 'pg_namespace'), '')
  FROM pg_namespace WHERE nspname = 'phi';
-- (the class before.sql added is user data, dumped with it)
SELECT 'data_class ' || name || ' ' || sensitivity || ' ' || description FROM phi.data_classes WHERE name <> 'lab_result' ORDER BY name;
SELECT 'role phi_reader exists=' || (count(*) = 1)::text FROM pg_roles WHERE rolname = 'phi_reader';
